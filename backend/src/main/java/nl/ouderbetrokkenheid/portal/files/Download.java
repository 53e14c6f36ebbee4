package nl.ouderbetrokkenheid.portal.files;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

import reactor.core.publisher.Flux;

/**
 * A file on its way to a reader.
 */
public record Download(Attachment file, Flux<DataBuffer> content) {

	/**
	 * The answer for a download: always an attachment (a browser saves it rather than showing it in the portal's
	 * origin), the type the content was detected as, the name encoded as RFC 6266 says, and a policy that keeps even
	 * a file opened by hand from running anything.
	 */
	public ResponseEntity<Flux<DataBuffer>> response() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(this.file.contentType()))
			.contentLength(this.file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(this.file.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(this.content);
	}

}
