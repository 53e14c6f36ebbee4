package nl.ouderbetrokkenheid.portal.system.elasticsearch;

import org.springframework.stereotype.Component;

/**
 * The names under which features reach their indices. Features always read and write through the alias, never a
 * versioned index, so a rollout can swap what is behind it. In {@code @Document} use
 * {@code indexName = "#{@indexNames.alias('items')}"}.
 */
@Component
public class IndexNames {

	private final String prefix;

	IndexNames(IndexProperties properties) {
		this.prefix = properties.prefix();
	}

	public String alias(String name) {
		return this.prefix + name;
	}

	String versioned(String name, int version) {
		return alias(name) + "-v" + version;
	}

	/** The version of a versioned index name, or -1 when the name is not one of ours. */
	int versionOf(String name, String index) {
		String stem = alias(name) + "-v";
		if (!index.startsWith(stem)) {
			return -1;
		}
		try {
			return Integer.parseInt(index.substring(stem.length()));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
