package nl.ouderbetrokkenheid.esnode.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * {@code edge_ngram} and {@code ngram} token filters. Settings: {@code min_gram} (1), {@code max_gram} (2),
 * {@code preserve_original} (false); for edge_ngram also {@code side} (front, back); for ngram the gram range is limited
 * by {@code index.max_ngram_diff}.
 */
class NGramFilterFactory extends AbstractTokenFilterFactory {

	private final NGrams grams;

	private final boolean preserveOriginal;

	private final boolean back;

	NGramFilterFactory(IndexSettings indexSettings, String name, Settings settings, boolean edge) {
		super(name);
		this.grams = NGrams.read(indexSettings, settings, edge, "NGram Token Filter");
		this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
		String side = settings.get("side", "front");
		if (!side.equals("front") && !side.equals("back")) {
			throw new IllegalArgumentException("invalid side: " + side);
		}
		this.back = side.equals("back");
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		if (!this.grams.edge()) {
			return new NGramTokenFilter(tokenStream, this.grams.min(), this.grams.max(), this.preserveOriginal);
		}
		// Lucene dropped side=back; reversing before and after has the same effect.
		TokenStream result = this.back ? new ReverseStringFilter(tokenStream) : tokenStream;
		result = new EdgeNGramTokenFilter(result, this.grams.min(), this.grams.max(), this.preserveOriginal);
		return this.back ? new ReverseStringFilter(result) : result;
	}

	@Override
	public boolean breaksFastVectorHighlighter() {
		return this.grams.edge();
	}

	@Override
	public TokenFilterFactory getSynonymFilter() {
		throw new IllegalArgumentException("Token filter [" + name()
				+ "] cannot be used to parse synonyms except as part of an explicit synonym filter parameter");
	}

}
