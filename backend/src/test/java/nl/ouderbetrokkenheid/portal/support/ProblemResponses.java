package nl.ouderbetrokkenheid.portal.support;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec.ResponseSpecConsumer;

/**
 * The check every error answer gets: its status, as problem details. {@code .exchange().expectAll(problem(
 * HttpStatus.BAD_REQUEST)).expectBody().jsonPath("$.errors[0].field").isEqualTo("region")}.
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	public static ResponseSpecConsumer problem(HttpStatus status) {
		return response -> response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
