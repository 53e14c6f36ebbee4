package nl.ouderbetrokkenheid.portal.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The calls of the editorial workflow, the same for every kind of writing: create a draft, change it with the ETag it
 * was based on, take a step. {@code uri} is where the kind's documents live ({@code /api/contributions}, or
 * {@code /api/articles/id} for steps).
 */
public final class Workflows {

	private Workflows() {
	}

	/** A copy of a request body with some fields set again. */
	public static Map<String, Object> with(Map<String, Object> body, Object... keysAndValues) {
		Map<String, Object> copy = new LinkedHashMap<>(body);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return copy;
	}

	public static Articles.Versioned create(WebTestClient client, Logins.Session author, String uri,
			Map<String, Object> body) {
		return Articles.versioned(author.apply(client.post().uri(uri))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.returnResult());
	}

	/** Replaces the content of {@code uri}; without an ETag the request carries no {@code If-Match}. */
	public static WebTestClient.ResponseSpec update(WebTestClient client, Logins.Session author, String uri,
			String etag, Map<String, Object> body) {
		WebTestClient.RequestBodySpec request = author.apply(client.put().uri(uri));
		if (etag != null) {
			request.header("If-Match", etag);
		}
		return request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	/** A workflow step on the document at {@code uri}: submit, request-changes, reject, publish or unpublish. */
	public static WebTestClient.ResponseSpec step(WebTestClient client, Logins.Session actor, String uri, String step,
			String comment) {
		return actor.apply(client.post().uri(uri + "/" + step))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue((comment != null) ? Map.of("comment", comment) : Map.of())
			.exchange();
	}

}
