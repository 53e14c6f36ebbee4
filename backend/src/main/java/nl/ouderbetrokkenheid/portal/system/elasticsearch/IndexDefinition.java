package nl.ouderbetrokkenheid.portal.system.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import nl.ouderbetrokkenheid.portal.system.Hashes;

import org.springframework.core.io.Resource;

/**
 * One version of one index's settings and mappings, read from {@code <name>/v<version>.json}. An index that analyses
 * text the way the others do names a shared analysis instead of copying it: {@code "analysis": "dutch"} stands for
 * {@code elasticsearch/analysis/dutch.json}, so one change reaches every index (each in its next version, as the
 * checksum covers the shared part too).
 *
 * @param name the logical name, e.g. {@code items}
 * @param version the definition's version; a higher one replaces the index behind the alias
 * @param json the settings and mappings as Elasticsearch's create-index body
 */
public record IndexDefinition(String name, int version, String json) {

	private static final Pattern LOCATION = Pattern.compile(".*/([a-z0-9-]+)/v(\\d+)\\.json$");

	private static final String SHARED_ANALYSIS = "/elasticsearch/analysis/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static IndexDefinition read(Resource resource) throws IOException {
		String location = resource.getURL().toString();
		Matcher matcher = LOCATION.matcher(location);
		if (!matcher.matches()) {
			throw new IllegalStateException("Index definition not at <name>/v<version>.json: " + location);
		}
		try (InputStream in = resource.getInputStream()) {
			return new IndexDefinition(matcher.group(1), Integer.parseInt(matcher.group(2)),
					withSharedAnalysis(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
	}

	/** The definition with a named shared analysis ({@code "analysis": "dutch"}) written out in full. */
	static String withSharedAnalysis(String json) throws IOException {
		JsonNode root = JSON.readTree(json);
		if (!(root.get("settings") instanceof ObjectNode settings) || !settings.path("analysis").isString()) {
			return json;
		}
		String name = settings.get("analysis").asString();
		if (!name.matches("[a-z0-9-]+")) {
			throw new IllegalStateException("Not the name of a shared analysis: " + name);
		}
		try (InputStream in = IndexDefinition.class.getResourceAsStream(SHARED_ANALYSIS + name + ".json")) {
			if (in == null) {
				throw new IllegalStateException("No shared analysis " + SHARED_ANALYSIS + name + ".json");
			}
			settings.set("analysis", JSON.readTree(in));
		}
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
	}

	/** A fingerprint of the definition, kept in the index's {@code _meta} to spot edits without a new version. */
	String checksum() {
		return Hashes.sha256Hex(this.json, 12);
	}

}
