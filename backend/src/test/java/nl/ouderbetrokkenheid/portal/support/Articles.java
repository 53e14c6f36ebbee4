package nl.ouderbetrokkenheid.portal.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
		return Workflows.with(article, keysAndValues);
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
		return Workflows.create(client, expert, "/api/articles", article);
	}

	public static WebTestClient.ResponseSpec update(WebTestClient client, Logins.Session expert, String id,
			String etag, Map<String, Object> article) {
		return Workflows.update(client, expert, "/api/articles/id/" + id, etag, article);
	}

	/** A workflow step: submit, request-changes, reject, publish or unpublish. */
	public static WebTestClient.ResponseSpec step(WebTestClient client, Logins.Session actor, String id, String step,
			String comment) {
		return Workflows.step(client, actor, "/api/articles/id/" + id, step, comment);
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
