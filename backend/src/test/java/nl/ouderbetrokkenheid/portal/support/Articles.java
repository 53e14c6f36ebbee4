package nl.ouderbetrokkenheid.portal.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Test articles: a complete article as JSON, and the calls of the workflow.
 */
public final class Articles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Articles() {
	}

	/** An article ready to submit. */
	public static Map<String, Object> article(String title, String body) {
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("title", title);
		article.put("summary", "Een artikel van een expert (test).");
		article.put("body", body);
		article.put("partnerships", List.of("INFORMAL"));
		article.put("aspects", List.of("COMMUNICATION"));
		article.put("sectors", List.of("EDUCATION"));
		article.put("references", List.of(Map.of("title", "Bron", "url", "https://voorbeeld.nl/bron")));
		return article;
	}

	public static Map<String, Object> with(Map<String, Object> article, Object... keysAndValues) {
		Map<String, Object> copy = new LinkedHashMap<>(article);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return copy;
	}

	/** A response body with its ETag. */
	public record Versioned(JsonNode body, String etag) {

		public String id() {
			return this.body.get("id").asString();
		}

		public String slug() {
			return this.body.get("slug").asString();
		}

	}

	public static Versioned create(WebTestClient client, Logins.Session expert, Map<String, Object> article) {
		return versioned(expert.apply(client.post().uri("/api/articles"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(article)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.returnResult());
	}

	public static WebTestClient.ResponseSpec update(WebTestClient client, Logins.Session expert, String id,
			String etag, Map<String, Object> article) {
		WebTestClient.RequestBodySpec request = expert.apply(client.put().uri("/api/articles/id/" + id));
		if (etag != null) {
			request.header("If-Match", etag);
		}
		return request.contentType(MediaType.APPLICATION_JSON).bodyValue(article).exchange();
	}

	/** A workflow step: submit, request-changes, reject, publish or unpublish. */
	public static WebTestClient.ResponseSpec step(WebTestClient client, Logins.Session actor, String id, String step,
			String comment) {
		return actor.apply(client.post().uri("/api/articles/id/" + id + "/" + step))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue((comment != null) ? Map.of("comment", comment) : Map.of())
			.exchange();
	}

	public static Versioned versioned(EntityExchangeResult<byte[]> result) {
		return new Versioned(JSON.readTree(result.getResponseBodyContent()), result.getResponseHeaders().getETag());
	}

	public static JsonNode get(WebTestClient client, Logins.Session session, String uri) {
		WebTestClient.RequestHeadersSpec<?> request = client.get().uri(uri);
		if (session != null) {
			session.apply(request);
		}
		return JSON.readTree(request.exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent());
	}

}
