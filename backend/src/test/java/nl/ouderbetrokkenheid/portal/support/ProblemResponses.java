package nl.ouderbetrokkenheid.portal.support;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec.ResponseSpecConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check every error answer gets: its status, as problem details. {@code .exchange().expectAll(problem(
 * HttpStatus.BAD_REQUEST)).expectBody().jsonPath("$.errors[0].field").isEqualTo("region")}.
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	/** A 400 problem whose field errors name (at least) {@code fields}: bad input, refused naming each fault. */
	public static ResponseSpecConsumer invalid(String... fields) {
		return response -> {
			problem(HttpStatus.BAD_REQUEST).accept(response);
			response.expectBody()
				.jsonPath("$.errors[*].field")
				.value(List.class, named -> assertThat(named).contains((Object[]) fields));
		};
	}

	public static ResponseSpecConsumer problem(HttpStatus status) {
		return response -> response.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
