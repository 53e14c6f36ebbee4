package nl.ouderbetrokkenheid.esnode.analysis;

import java.io.Reader;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingCharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/** Factories for analysis components that are a single Lucene class with no settings worth a class of their own. */
final class Factories {

	private Factories() {
	}

	static TokenFilterFactory filter(String name, UnaryOperator<TokenStream> create) {
		return new TokenFilterFactory() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public TokenStream create(TokenStream tokenStream) {
				return create.apply(tokenStream);
			}

		};
	}

	/** A filter that maps one token to one token, so keyword normalizers and multi-term queries may use it too. */
	static TokenFilterFactory normalizingFilter(String name, UnaryOperator<TokenStream> create) {
		return new NormalizingTokenFilterFactory() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public TokenStream create(TokenStream tokenStream) {
				return create.apply(tokenStream);
			}

		};
	}

	static CharFilterFactory charFilter(String name, UnaryOperator<Reader> create) {
		return new CharFilterFactory() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public Reader create(Reader reader) {
				return create.apply(reader);
			}

		};
	}

	static CharFilterFactory normalizingCharFilter(String name, UnaryOperator<Reader> create) {
		return new NormalizingCharFilterFactory() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public Reader create(Reader reader) {
				return create.apply(reader);
			}

		};
	}

}
