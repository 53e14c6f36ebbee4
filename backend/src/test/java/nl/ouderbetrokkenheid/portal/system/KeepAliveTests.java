package nl.ouderbetrokkenheid.portal.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import nl.ouderbetrokkenheid.portal.support.RawHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP server the portal runs on keeps answering a kept-alive connection whatever order its requests finish in.
 * Reactor Netty 1.3.6 did not (reactor-netty#4361): a request that arrived while the previous one was still being
 * finished was queued, and once answered at once, the server stopped reading the connection, so the request after
 * it never got an answer and the client waited until its timeout. This pins the version backend/pom.xml chooses; it
 * fails on 1.3.6 in every attempt. The bare server, because the portal's own handlers finish asynchronously and hit
 * the window only now and then (the suite's rare 30-second hangs).
 */
class KeepAliveTests {

	private DisposableServer server;

	@BeforeEach
	void start() {
		// "/first" answers after a moment, everything else at once: the order that stalled the connection.
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> response.sendString(request.uri().equals("/first")
					? Mono.delay(Duration.ofMillis(20)).thenReturn("later") : Mono.just("at once")))
			.bindNow(Duration.ofSeconds(10));
	}

	@AfterEach
	void stop() {
		this.server.disposeNow(Duration.ofSeconds(10));
	}

	@Test
	void theRequestAfterOneThatWasQueuedAndAnsweredAtOnceIsAnswered() throws IOException {
		for (int attempt = 0; attempt < 10; attempt++) {
			try (Socket socket = new Socket("127.0.0.1", this.server.port())) {
				socket.setSoTimeout(5_000);
				OutputStream out = socket.getOutputStream();
				InputStream in = socket.getInputStream();
				// Both in one write: the second arrives while the first is still being answered, so it is queued.
				out.write(request("/first", "/second"));
				out.flush();
				assertThat(RawHttp.Response.read(in).body()).isEqualTo("later");
				assertThat(RawHttp.Response.read(in).body()).isEqualTo("at once");
				out.write(request("/third"));
				out.flush();
				assertThat(RawHttp.Response.read(in).body()).as("the third request, attempt %d", attempt).isEqualTo("at once");
			}
		}
	}

	private static byte[] request(String... paths) {
		StringBuilder requests = new StringBuilder();
		for (String path : paths) {
			requests.append("GET ").append(path).append(" HTTP/1.1\r\nHost: localhost\r\n\r\n");
		}
		return requests.toString().getBytes(StandardCharsets.US_ASCII);
	}

}
