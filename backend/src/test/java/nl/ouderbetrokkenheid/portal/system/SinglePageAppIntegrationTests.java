package nl.ouderbetrokkenheid.portal.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.netty.http.client.HttpClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class SinglePageAppIntegrationTests {

	private static final Path APP = builtApp();

	@Autowired
	private WebTestClient client;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void appLocation(DynamicPropertyRegistry registry) {
		registry.add("portal.web.app-location", () -> APP.toUri().toString());
	}

	@Test
	void clientRoutesGetTheAppShell() {
		this.client.get()
			.uri("/zoeken?q=ouders")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.value(html -> assertThat(html).contains("<div id=\"root\">"));
	}

	@Test
	void hashedAssetsAreCachedForever() {
		this.client.get()
			.uri("/assets/app-1a2b3c.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Cache-Control", value -> assertThat(value).contains("immutable"));
	}

	/**
	 * Over the network (compression is the web server's work), with a client that neither asks for compression nor
	 * undoes it, so the answer's Content-Encoding shows.
	 */
	private WebTestClient overHttp() {
		return WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create().compress(false)))
			.baseUrl("http://localhost:" + this.port)
			.build();
	}

	/** Asked for with {@code Accept-Encoding: gzip}, the answer comes gzipped. */
	private void assertSentCompressed(String uri) {
		overHttp().get()
			.uri(uri)
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_ENCODING, "gzip");
	}

	@Test
	void theAppsScriptIsSentCompressedToBrowsersThatAskForIt() {
		assertSentCompressed("/assets/app-1a2b3c.js");
		overHttp().get()
			.uri("/assets/app-1a2b3c.js")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.CONTENT_ENCODING);
	}

	@Test
	void theBuildsOwnBrotliCopyIsSentAsItIsToBrowsersThatTakeBrotli() throws IOException {
		byte[] brotli = Files.readAllBytes(APP.resolve("assets/app-1a2b3c.js.br"));
		overHttp().get()
			.uri("/assets/app-1a2b3c.js")
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip, deflate, br, zstd")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.CONTENT_ENCODING, "br")
			.expectHeader()
			.value(HttpHeaders.VARY, vary -> assertThat(vary).contains("Accept-Encoding"))
			.expectHeader()
			.contentTypeCompatibleWith("text/javascript")
			.expectHeader()
			.value("Cache-Control", value -> assertThat(value).contains("immutable"))
			.expectBody(byte[].class)
			.isEqualTo(brotli);
	}

	@Test
	void apiAnswersAreSentCompressedToo() {
		assertSentCompressed("/api/taxonomy");
	}

	@Test
	void serverPathsNeverFallBackToTheApp() {
		this.client.get()
			.uri("/api/nothing-here")
			.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.get().uri("/assets/missing.js").exchange().expectStatus().isNotFound();
	}

	private static Path builtApp() {
		try {
			Path app = Files.createTempDirectory("portal-app");
			Files.writeString(app.resolve("index.html"), "<!doctype html><html><body><div id=\"root\"></div></body></html>");
			Files.createDirectories(app.resolve("assets"));
			// Big enough to be worth compressing, as every real script is.
			Files.writeString(app.resolve("assets/app-1a2b3c.js"), "console.log('app');\n".repeat(200));
			// The build's Brotli copy (frontend/vite.config.ts); its bytes only need to be told apart from the script's.
			Files.write(app.resolve("assets/app-1a2b3c.js.br"), new byte[] { 0x1b, 0x0f, 0x42, 0x72, 0x6f, 0x74, 0x6c, 0x69 });
			return app;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
