package nl.ouderbetrokkenheid.portal.system.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * One version of one index's settings and mappings, read from {@code <name>/v<version>.json}.
 *
 * @param name the logical name, e.g. {@code items}
 * @param version the definition's version; a higher one replaces the index behind the alias
 * @param json the settings and mappings as Elasticsearch's create-index body
 */
public record IndexDefinition(String name, int version, String json) {

	private static final Pattern LOCATION = Pattern.compile(".*/([a-z0-9-]+)/v(\\d+)\\.json$");

	static IndexDefinition read(Resource resource) throws IOException {
		String location = resource.getURL().toString();
		Matcher matcher = LOCATION.matcher(location);
		if (!matcher.matches()) {
			throw new IllegalStateException("Index definition not at <name>/v<version>.json: " + location);
		}
		try (InputStream in = resource.getInputStream()) {
			return new IndexDefinition(matcher.group(1), Integer.parseInt(matcher.group(2)),
					new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	/** A fingerprint of the definition, kept in the index's {@code _meta} to spot edits without a new version. */
	String checksum() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(this.json.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
