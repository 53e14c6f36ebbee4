package nl.ouderbetrokkenheid.esnode.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;

/**
 * {@code lowercase} with a {@code language} (greek, irish, turkish). Used by name without settings, core's own
 * pre-configured {@code lowercase} applies, as on a stock node.
 */
class LowercaseFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

	private final String language;

	LowercaseFilterFactory(String name, Settings settings) {
		super(name);
		this.language = settings.get("language");
		if (this.language != null && !this.language.matches("(?i)greek|irish|turkish")) {
			throw new IllegalArgumentException("language [" + this.language + "] not support for lower case");
		}
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		if (this.language == null) {
			return new LowerCaseFilter(tokenStream);
		}
		return switch (this.language.toLowerCase(java.util.Locale.ROOT)) {
			case "greek" -> new GreekLowerCaseFilter(tokenStream);
			case "irish" -> new IrishLowerCaseFilter(tokenStream);
			default -> new TurkishLowerCaseFilter(tokenStream);
		};
	}

}
