package nl.ouderbetrokkenheid.portal.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Test contributions: a complete practice example as JSON, and the workflow's calls ({@link Workflows}) on
 * {@code /api/contributions}.
 */
public final class Contributions {

	private static final String URI = "/api/contributions";

	private Contributions() {
	}

	/** A practice example ready to submit; {@code showName}: whether the published item names the contributor. */
	public static Map<String, Object> contribution(String title, boolean showName) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "PRACTICE_EXAMPLE");
		body.put("title", title);
		body.put("summary", "Ouders en leraren drinken elke maand samen koffie.");
		body.put("context", "Veel ouders kwamen niet op school.");
		body.put("approach", "Een vaste koffieochtend op maandag.");
		body.put("tips", "Begin klein.");
		body.put("partnerships", List.of("INFORMAL"));
		body.put("aspects", List.of("COMMUNICATION"));
		body.put("sectors", List.of("EDUCATION"));
		body.put("region", "UTRECHT");
		body.put("organisation", "Basisschool De Linde");
		body.put("showName", showName);
		return body;
	}

	public static Articles.Versioned create(WebTestClient client, Logins.Session member, Map<String, Object> body) {
		return Workflows.create(client, member, URI, body);
	}

	public static WebTestClient.ResponseSpec update(WebTestClient client, Logins.Session member, String id,
			String etag, Map<String, Object> body) {
		return Workflows.update(client, member, URI + "/" + id, etag, body);
	}

	public static WebTestClient.ResponseSpec step(WebTestClient client, Logins.Session actor, String id, String step,
			String comment) {
		return Workflows.step(client, actor, URI + "/" + id, step, comment);
	}

}
