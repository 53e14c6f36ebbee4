package nl.ouderbetrokkenheid.portal.system;

import java.util.Arrays;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.testsupport.EchoController;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.problem;
import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
@Import(EchoController.class)
@TestPropertySource(properties = "portal.web.max-request-size=2KB")
class ProblemDetailsIntegrationTests {

	@Autowired
	private WebTestClient client;

	private Logins.Session session;

	@BeforeEach
	void logIn() {
		// Writes need a login and the CSRF token; these tests are about what happens after that.
		this.session = Logins.login(this.client, Logins.person("problems-" + UUID.randomUUID(), "MEMBER"));
	}

	@Test
	void unknownApiRouteIsNotFoundProblem() {
		this.client.get()
			.uri("/api/does-not-exist")
			.exchange()
			.expectAll(problem(HttpStatus.NOT_FOUND))
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.title")
			.isNotEmpty();
	}

	@Test
	void malformedJsonIsBadRequestProblem() {
		echo("{\"title\": \"oops\",")
			.expectAll(problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/malformed-body");
	}

	@Test
	void validationProblemNamesEachField() {
		echo("{\"title\": \" \", \"summary\": \"far too long a summary\", \"copies\": 0}")
			.expectAll(problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation")
			.jsonPath("$.errors[*].field")
			.value(fields -> assertThat(fields.toString()).contains("title", "summary", "copies"));
	}

	@Test
	void invalidParameterProblemNamesTheParameter() {
		this.client.get()
			.uri("/api/test/page?size=101")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("size");
		this.client.get()
			.uri("/api/test/page?size=lots")
			.exchange()
			.expectAll(problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("size");
	}

	@Test
	void wrongMethodIsMethodNotAllowedProblem() {
		this.session.apply(this.client.delete().uri("/api/test/echo"))
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists("Allow");
	}

	@Test
	void unsupportedMediaTypeIsProblem() {
		this.session.apply(this.client.post().uri("/api/test/echo"))
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("title=hello")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void bodyOverTheLimitIsContentTooLargeProblem() {
		char[] summary = new char[4096];
		Arrays.fill(summary, 'x');
		echo("{\"title\": \"big\", \"summary\": \"" + new String(summary) + "\", \"copies\": 1}")
			.expectAll(problem(HttpStatus.CONTENT_TOO_LARGE))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/payload-too-large");
	}

	@Test
	void validRequestStillSucceeds() {
		echo("{\"title\": \"Ouderavond\", \"summary\": \"kort\", \"copies\": 2}")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Ouderavond");
	}

	/** Posts the JSON to the test controller's echo, as a logged-in member. */
	private WebTestClient.ResponseSpec echo(String json) {
		return this.session.apply(this.client.post().uri("/api/test/echo"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange();
	}

}
