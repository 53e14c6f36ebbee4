package nl.ouderbetrokkenheid.portal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 read off a raw socket, for tests about connections themselves, which an HTTP client library would hide.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/** Just enough HTTP/1.1 to read one response with a Content-Length or chunked body. */
	public record Response(int status, String headers, String body) {

		public String header(String name) {
			for (String line : this.headers.split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
					return line.substring(colon + 1).trim();
				}
			}
			return null;
		}

		public static Response read(InputStream in) throws IOException {
			String head = readUntilBlankLine(in);
			int status = Integer.parseInt(head.substring(9, 12));
			Response headersOnly = new Response(status, head, "");
			String length = headersOnly.header("content-length");
			String encoding = headersOnly.header("transfer-encoding");
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			if (length != null) {
				body.write(in.readNBytes(Integer.parseInt(length)));
			}
			else if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
				while (true) {
					int size = Integer.parseInt(readLine(in).split(";")[0].trim(), 16);
					if (size == 0) {
						readLine(in);
						break;
					}
					body.write(in.readNBytes(size));
					readLine(in);
				}
			}
			return new Response(status, head, body.toString(StandardCharsets.UTF_8));
		}

		private static String readUntilBlankLine(InputStream in) throws IOException {
			StringBuilder head = new StringBuilder();
			String line;
			while (!(line = readLine(in)).isEmpty()) {
				head.append(line).append("\r\n");
			}
			return head.toString();
		}

		private static String readLine(InputStream in) throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			int b;
			while ((b = in.read()) != '\n') {
				if (b == -1) {
					throw new IOException("connection closed mid-response");
				}
				if (b != '\r') {
					line.write(b);
				}
			}
			return line.toString(StandardCharsets.US_ASCII);
		}

	}

}
