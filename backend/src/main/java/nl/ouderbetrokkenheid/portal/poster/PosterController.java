package nl.ouderbetrokkenheid.portal.poster;

import java.time.Duration;

import nl.ouderbetrokkenheid.portal.pdf.PrintLanguage;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

@RestController
class PosterController {

	private final Poster poster;

	PosterController(Poster poster) {
		this.poster = poster;
	}

	/**
	 * The poster as a download. Public and cacheable like the taxonomy it shows; the ETag lets a cache check cheaply
	 * whether a release changed it.
	 */
	@GetMapping("/api/model/poster.pdf")
	Mono<ResponseEntity<byte[]>> poster(@RequestParam(required = false) String lang) {
		return Mono.fromSupplier(() -> PrintLanguage.of("lang", lang))
			.flatMap(this.poster::of)
			.map(printed -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(printed.filename()).build().toString())
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
				.eTag(printed.version())
				.body(printed.pdf()));
	}

}
