package nl.ouderbetrokkenheid.portal.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.support.RawHttp;
import nl.ouderbetrokkenheid.testsupport.EchoController;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused body must not poison the connection it came on: the next request on that connection gets its answer,
 * or the server says {@code Connection: close} and closes it, so the client opens a new one. Raw sockets, because
 * an HTTP client library would hide which connection a request used.
 */
@PortalIntegrationTest
@Import(EchoController.class)
@TestPropertySource(properties = "portal.web.max-request-size=2KB")
class RequestSizeLimitIntegrationTests {

	private static final int READ_TIMEOUT_MILLIS = 10_000;

	@LocalServerPort
	private int port;

	@Autowired
	private WebTestClient client;

	private Logins.Session session;

	@BeforeEach
	void logIn() {
		// The size check is what is tested, so the request must get past login and CSRF.
		this.session = Logins.login(this.client, Logins.person("size-" + UUID.randomUUID(), "MEMBER"));
	}

	@Test
	void declaredBodyOverTheLimitLeavesTheConnectionUsable() throws IOException {
		byte[] body = json(4096);
		for (int attempt = 0; attempt < 5; attempt++) {
			try (Socket socket = connect()) {
				send(socket, post(body.length, false), body);
				RawHttp.Response refused = RawHttp.Response.read(socket.getInputStream());
				assertThat(refused.status()).isEqualTo(413);
				assertThat(refused.body()).contains("/problems/payload-too-large");
				assertNextRequestAnsweredOrClosed(socket, refused);
			}
		}
	}

	@Test
	void refusalOfAnExpectContinueBodyClosesWithoutWaitingForIt() throws IOException {
		// curl and others ask before sending a large body; refused, the body never comes, so the server must not wait.
		try (Socket socket = connect()) {
			byte[] head = post(4096, false);
			String withExpect = new String(head, StandardCharsets.US_ASCII).replace("\r\n\r\n",
					"\r\nExpect: 100-continue\r\n\r\n");
			send(socket, withExpect.getBytes(StandardCharsets.US_ASCII), new byte[0]);
			RawHttp.Response refused = RawHttp.Response.read(socket.getInputStream());
			assertThat(refused.status()).isEqualTo(413);
			assertThat(refused.header("connection")).isEqualToIgnoringCase("close");
			assertThat(socket.getInputStream().read()).as("closed cleanly").isEqualTo(-1);
		}
	}

	@Test
	void refusalBeforeLoginLeavesTheConnectionUsable() throws IOException {
		// Security refuses a write without a CSRF token before reading its body: the same rule holds.
		byte[] body = "{\"title\": \"no token\", \"copies\": 1}".getBytes(StandardCharsets.UTF_8);
		try (Socket socket = connect()) {
			send(socket, ("POST /api/test/echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
			RawHttp.Response refused = RawHttp.Response.read(socket.getInputStream());
			assertThat(refused.status()).isEqualTo(403);
			assertNextRequestAnsweredOrClosed(socket, refused);
		}
	}

	@Test
	void streamedBodyOverTheLimitLeavesTheConnectionUsable() throws IOException {
		byte[] body = json(8192);
		try (Socket socket = connect()) {
			ByteArrayOutputStream chunked = new ByteArrayOutputStream();
			for (int start = 0; start < body.length; start += 1000) {
				int length = Math.min(1000, body.length - start);
				chunked.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
				chunked.write(body, start, length);
				chunked.write("\r\n".getBytes(StandardCharsets.US_ASCII));
			}
			chunked.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			send(socket, post(-1, true), chunked.toByteArray());
			RawHttp.Response refused = RawHttp.Response.read(socket.getInputStream());
			assertThat(refused.status()).isEqualTo(413);
			assertNextRequestAnsweredOrClosed(socket, refused);
		}
	}

	@Test
	void hugeDeclaredBodyIsRefusedWithoutWaitingForIt() throws IOException {
		try (Socket socket = connect()) {
			// 100 MB announced, only the headers sent: the answer must not wait for the body.
			send(socket, post(100_000_000, false), new byte[0]);
			RawHttp.Response refused = RawHttp.Response.read(socket.getInputStream());
			assertThat(refused.status()).isEqualTo(413);
			assertThat(refused.header("connection")).isEqualToIgnoringCase("close");
		}
	}

	private void assertNextRequestAnsweredOrClosed(Socket socket, RawHttp.Response refused) throws IOException {
		assertThat(refused.header("connection")).as("a refusal of a body this size keeps the connection").isNull();
		send(socket, ("GET /api/status HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII), new byte[0]);
		RawHttp.Response next = RawHttp.Response.read(socket.getInputStream());
		assertThat(next.status()).as("the next request on the same connection").isEqualTo(200);
	}

	private Socket connect() throws IOException {
		Socket socket = new Socket("127.0.0.1", this.port);
		socket.setSoTimeout(READ_TIMEOUT_MILLIS);
		return socket;
	}

	private static void send(Socket socket, byte[] head, byte[] body) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(head);
		out.write(body);
		out.flush();
	}

	private byte[] post(long contentLength, boolean chunked) {
		String framing = chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + contentLength + "\r\n";
		String credentials = "Cookie: SESSION=" + this.session.sessionId() + "; XSRF-TOKEN=" + this.session.csrfToken()
				+ "\r\nX-XSRF-TOKEN: " + this.session.csrfToken() + "\r\n";
		return ("POST /api/test/echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + credentials
				+ framing + "\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] json(int summaryLength) {
		char[] summary = new char[summaryLength];
		Arrays.fill(summary, 'x');
		return ("{\"title\": \"big\", \"summary\": \"" + new String(summary) + "\", \"copies\": 1}")
			.getBytes(StandardCharsets.UTF_8);
	}

}
