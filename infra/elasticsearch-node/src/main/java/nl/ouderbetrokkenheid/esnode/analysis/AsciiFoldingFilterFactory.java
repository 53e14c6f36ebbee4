package nl.ouderbetrokkenheid.esnode.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/** {@code asciifolding}: "Creëren" becomes "Creeren". Setting: {@code preserve_original} (false). */
class AsciiFoldingFilterFactory extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {

	private final boolean preserveOriginal;

	AsciiFoldingFilterFactory(String name, Settings settings) {
		super(name);
		this.preserveOriginal = settings.getAsBoolean("preserve_original", false);
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return new ASCIIFoldingFilter(tokenStream, this.preserveOriginal);
	}

	// A normalizer must yield exactly one token, so the original is never kept here.
	@Override
	public TokenStream normalize(TokenStream tokenStream) {
		return new ASCIIFoldingFilter(tokenStream, false);
	}

	// Synonym rules are parsed one token per word; a kept original would stack a second one (LUCENE-7536).
	@Override
	public TokenFilterFactory getSynonymFilter() {
		return this.preserveOriginal ? Factories.filter(name(), (stream) -> new ASCIIFoldingFilter(stream, false)) : this;
	}

}
