package nl.ouderbetrokkenheid.esnode.analysis;

import java.io.Reader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractCharFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.NormalizingCharFilterFactory;

/**
 * {@code mapping}: rules {@code "from => to"} in {@code mappings} or the file {@code mappings_path}; both sides may use
 * the escapes \\n \\t \\r \\b \\f \\uXXXX and \\\\.
 */
class MappingCharFilterFactory extends AbstractCharFilterFactory implements NormalizingCharFilterFactory {

	private static final Pattern RULE = Pattern.compile("(.*)\\s*=>\\s*(.*)\\s*$");

	private final NormalizeCharMap map;

	MappingCharFilterFactory(Environment environment, String name, Settings settings) {
		super(name);
		List<String> rules = Analysis.getWordList(environment, settings, "mappings");
		if (rules == null) {
			throw new IllegalArgumentException("mapping requires either `mappings` or `mappings_path` to be configured");
		}
		NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
		for (String rule : rules) {
			Matcher matcher = RULE.matcher(rule);
			if (!matcher.find()) {
				throw new RuntimeException("Invalid mapping rule : [" + rule + "]");
			}
			String from = unescape(matcher.group(1).strip());
			String to = unescape(matcher.group(2).strip());
			if (from.isEmpty()) {
				throw new RuntimeException("Invalid mapping rule: [" + rule + "]. Illegal mapping.");
			}
			builder.add(from, to);
		}
		this.map = builder.build();
	}

	@Override
	public Reader create(Reader reader) {
		return new MappingCharFilter(this.map, reader);
	}

	static String unescape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '\\' || i + 1 == text.length()) {
				out.append(c);
				continue;
			}
			char escaped = text.charAt(++i);
			switch (escaped) {
				case 'n' -> out.append('\n');
				case 't' -> out.append('\t');
				case 'r' -> out.append('\r');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					if (i + 4 >= text.length()) {
						throw new IllegalArgumentException("Invalid escaped char in [" + text + "]");
					}
					out.append((char) Integer.parseInt(text, i + 1, i + 5, 16));
					i += 4;
				}
				default -> out.append(escaped);
			}
		}
		return out.toString();
	}

}
