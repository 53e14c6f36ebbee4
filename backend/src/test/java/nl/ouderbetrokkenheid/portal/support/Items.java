package nl.ouderbetrokkenheid.portal.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Test items: a valid item as JSON, with whatever fields a test cares about changed.
 */
public final class Items {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Items() {
	}

	public static Map<String, Object> item(String title) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("type", "PRACTICE_EXAMPLE");
		item.put("title", title);
		item.put("summary", "Een voorbeeld uit de praktijk.");
		item.put("body", "## Aanpak\n\nWat we deden.");
		item.put("partnerships", List.of("INFORMAL"));
		item.put("aspects", List.of("COMMUNICATION"));
		item.put("sectors", List.of("EDUCATION"));
		item.put("region", "UTRECHT");
		item.put("organisation", "Testschool (fictief)");
		item.put("publishedAt", "2025-01-15");
		return item;
	}

	public static Map<String, Object> with(Map<String, Object> item, Object... keysAndValues) {
		Map<String, Object> copy = new LinkedHashMap<>(item);
		for (int i = 0; i < keysAndValues.length; i += 2) {
			copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return copy;
	}

	public static String json(Map<String, Object> item) {
		return JSON.writeValueAsString(item);
	}

	/** Creates the item as the editor, through the API; answers the exchange (the item as JSON, its ETag). */
	public static EntityExchangeResult<byte[]> create(WebTestClient client, Logins.Session editor,
			Map<String, Object> item) {
		return Responses.created(editor.apply(client.post().uri("/api/items")), json(item));
	}

	/** Changes the item as the editor, based on the version {@code etag} (none: null); answers the exchange. */
	public static WebTestClient.ResponseSpec update(WebTestClient client, Logins.Session editor, String id, String etag,
			Map<String, Object> item) {
		WebTestClient.RequestBodySpec put = editor.apply(client.put().uri("/api/items/" + id));
		if (etag != null) {
			put.header("If-Match", etag);
		}
		return put.contentType(MediaType.APPLICATION_JSON).bodyValue(json(item)).exchange();
	}

	/** Creates the item as the editor; answers its id. */
	public static String createdId(WebTestClient client, Logins.Session editor, Map<String, Object> item) {
		return Responses.json(create(client, editor, item).getResponseBody()).get("id").asString();
	}

	/** Imports NDJSON lines as the editor, through the API, and checks that each line became an item. */
	public static void imported(WebTestClient client, Logins.Session editor, String ndjson, int lines) {
		editor.apply(client.post().uri("/api/items/import"))
			.contentType(MediaType.parseMediaType("application/x-ndjson"))
			.bodyValue(ndjson)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.created")
			.isEqualTo(lines);
	}

	public static String ndjson(List<Map<String, Object>> items) {
		StringBuilder lines = new StringBuilder();
		items.forEach(item -> lines.append(json(item)).append('\n'));
		return lines.toString();
	}

}
