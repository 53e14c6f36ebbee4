package nl.ouderbetrokkenheid.portal.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deep-paging cursors: the last hit's sort values, typed, so the next page continues exactly there
 * ({@code search_after}), as opaque URL-safe text.
 */
final class Cursors {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_LENGTH = 2000;

	private Cursors() {
	}

	static String encode(SearchCriteria.Sort sort, List<FieldValue> values) {
		List<Map<String, Object>> typed = new ArrayList<>();
		for (FieldValue value : values) {
			if (value.isDouble()) {
				typed.add(Map.of("d", value.doubleValue()));
			}
			else if (value.isLong()) {
				typed.add(Map.of("l", value.longValue()));
			}
			else if (value.isString()) {
				typed.add(Map.of("s", value.stringValue()));
			}
			else if (value.isBoolean()) {
				typed.add(Map.of("b", value.booleanValue()));
			}
			else {
				typed.add(Map.of("n", true));
			}
		}
		byte[] json = JSON.writeValueAsBytes(Map.of("sort", sort.name(), "after", typed));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
	}

	/** The sort and search_after values of a cursor, or null when it is not one of ours. */
	static Decoded decode(String cursor) {
		if (cursor == null || cursor.length() > MAX_LENGTH) {
			return null;
		}
		try {
			JsonNode root = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
			SearchCriteria.Sort sort = SearchCriteria.Sort.valueOf(root.get("sort").asString());
			List<Object> after = new ArrayList<>();
			for (JsonNode value : root.get("after")) {
				if (value.has("d")) {
					after.add(value.get("d").asDouble());
				}
				else if (value.has("l")) {
					after.add(value.get("l").asLong());
				}
				else if (value.has("s")) {
					after.add(value.get("s").asString());
				}
				else if (value.has("b")) {
					after.add(value.get("b").asBoolean());
				}
				else {
					return null;
				}
			}
			return after.isEmpty() ? null : new Decoded(sort, after);
		}
		catch (IllegalArgumentException | NullPointerException | JacksonException ex) {
			return null;
		}
	}

	static List<FieldValue> fieldValues(List<Object> after) {
		return after.stream().map(value -> switch (value) {
			case Double d -> FieldValue.of(d);
			case Long l -> FieldValue.of(l);
			case Boolean b -> FieldValue.of(b);
			default -> FieldValue.of(value.toString());
		}).toList();
	}

	record Decoded(SearchCriteria.Sort sort, List<Object> after) {
	}

}
