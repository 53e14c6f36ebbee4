package nl.ouderbetrokkenheid.portal.balance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The balance scan's API as the app calls it, for integration tests: answers to send, and JSON answers read back.
 */
final class BalanceHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final BalanceScoring SCORING = new BalanceScoring(new Taxonomy());

	private final WebTestClient client;

	BalanceHttp(WebTestClient client) {
		this.client = client;
	}

	/** A member logging in for the first time: a new person per call. */
	Logins.Session member(String name) {
		return Logins.login(this.client, Logins.person(name + "-" + UUID.randomUUID(), "MEMBER"));
	}

	/** All 30 cells at one level, with some cells set apart ("FORMAL/ICT", Level.NOT_YET, ...). */
	static Map<String, Object> scan(Level level, Object... cellsAndLevels) {
		Map<String, Level> levels = new LinkedHashMap<>();
		SCORING.grid().forEach(cell -> levels.put(cell.key(), level));
		for (int i = 0; i < cellsAndLevels.length; i += 2) {
			levels.put((String) cellsAndLevels[i], (Level) cellsAndLevels[i + 1]);
		}
		List<Map<String, Object>> answers = new ArrayList<>();
		levels.forEach((key, value) -> {
			String[] cell = key.split("/");
			answers.add(Map.of("partnership", cell[0], "aspect", cell[1], "level", value.name()));
		});
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("answers", answers);
		return body;
	}

	static String json(Object body) {
		return JSON.writeValueAsString(body);
	}

	WebTestClient.ResponseSpec send(Logins.Session session, HttpMethod method, String path, Object body) {
		WebTestClient.RequestBodySpec request = this.client.method(method).uri(path);
		if (session != null) {
			session.apply(request);
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).bodyValue((body instanceof String text) ? text : json(body));
		}
		return request.exchange();
	}

	JsonNode ok(Logins.Session session, HttpMethod method, String path, Object body) {
		return JSON.readTree(send(session, method, path, body).expectStatus()
			.is2xxSuccessful()
			.expectBody()
			.returnResult()
			.getResponseBody());
	}

	JsonNode get(Logins.Session session, String path) {
		return ok(session, HttpMethod.GET, path, null);
	}

	static JsonNode cell(JsonNode results, String partnership, String aspect) {
		for (JsonNode cell : results.get("cells")) {
			if (cell.get("partnership").asString().equals(partnership) && cell.get("aspect").asString().equals(aspect)) {
				return cell;
			}
		}
		throw new AssertionError("no cell " + partnership + "/" + aspect);
	}

	static List<String> cells(JsonNode refs) {
		List<String> names = new ArrayList<>();
		refs.forEach(ref -> names.add(ref.get("partnership").asString() + "/" + ref.get("aspect").asString()));
		return names;
	}

}
