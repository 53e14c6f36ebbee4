package nl.ouderbetrokkenheid.portal.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The answers a test goes on with rather than checks in place: what a POST created, a download's bytes, a JSON body.
 * Each checks the status first, so a refusal fails the test where it happened.
 * {@code String id = Responses.createdId(session.apply(client.post().uri("/api/collections")), body);}
 */
public final class Responses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Responses() {
	}

	/** Sends the body as JSON, expects 201 Created and answers the exchange (body and headers, such as the ETag). */
	public static EntityExchangeResult<byte[]> created(WebTestClient.RequestBodySpec post, Object body) {
		return post.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.returnResult();
	}

	/** What {@link #created} created, as JSON. */
	public static JsonNode createdJson(WebTestClient.RequestBodySpec post, Object body) {
		return json(created(post, body).getResponseBody());
	}

	/** The id of what {@link #created} created. */
	public static String createdId(WebTestClient.RequestBodySpec post, Object body) {
		return createdJson(post, body).get("id").asString();
	}

	/** Expects 200 OK and answers the body as it came: a download, a CSV, a calendar feed, a scrape. */
	public static byte[] ok(WebTestClient.RequestHeadersSpec<?> request) {
		return request.exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody();
	}

	/** Expects 200 OK and answers the body as text, decoded by its content type (a calendar feed, a page). */
	public static String okText(WebTestClient.RequestHeadersSpec<?> request) {
		return request.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
	}

	/** Expects 200 OK and answers the version of what came back (its ETag), for a change based on it. */
	public static String okVersion(WebTestClient.ResponseSpec response) {
		return response.expectStatus().isOk().expectBody().returnResult().getResponseHeaders().getETag();
	}

	/** Expects 200 OK and answers the body as JSON. */
	public static JsonNode okJson(WebTestClient.RequestHeadersSpec<?> request) {
		return json(ok(request));
	}

	public static JsonNode json(byte[] body) {
		return JSON.readTree(body);
	}

}
