package nl.ouderbetrokkenheid.esnode.analysis;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * {@code dictionary_decompounder}: adds the dictionary words found inside a longer token after it ("huisbezoek" also gives
 * "huis" and "bezoek"). Settings as analysis-common's: {@code word_list} (inline) or {@code word_list_path} (a UTF-8 file
 * relative to the config directory, one word a line, lines starting with {@code #} skipped), {@code word_list_case}
 * (ignore case, false), {@code min_word_size} (5), {@code min_subword_size} (2), {@code max_subword_size} (15) and
 * {@code only_longest_match} (false).
 */
class DictionaryDecompounderFilterFactory extends AbstractTokenFilterFactory {

	private final CharArraySet words;

	private final int minWordSize;

	private final int minSubwordSize;

	private final int maxSubwordSize;

	private final boolean onlyLongestMatch;

	DictionaryDecompounderFilterFactory(Environment environment, String name, Settings settings) {
		super(name);
		this.minWordSize = settings.getAsInt("min_word_size", CompoundWordTokenFilterBase.DEFAULT_MIN_WORD_SIZE);
		this.minSubwordSize = settings.getAsInt("min_subword_size", CompoundWordTokenFilterBase.DEFAULT_MIN_SUBWORD_SIZE);
		this.maxSubwordSize = settings.getAsInt("max_subword_size", CompoundWordTokenFilterBase.DEFAULT_MAX_SUBWORD_SIZE);
		this.onlyLongestMatch = settings.getAsBoolean("only_longest_match", false);
		this.words = Analysis.getWordSet(environment, settings, "word_list");
		if (this.words == null) {
			throw new IllegalArgumentException(
					"word_list must be provided for [" + name + "], either as a path to a file, or directly");
		}
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		// The six-argument constructor, as analysis-common calls it: in Lucene 10 its flag also skips the words inside
		// the longest match.
		return new DictionaryCompoundWordTokenFilter(tokenStream, this.words, this.minWordSize, this.minSubwordSize,
				this.maxSubwordSize, this.onlyLongestMatch);
	}

	// Synonym rules are not decompounded: their parts would become synonyms of their own.
	@Override
	public TokenFilterFactory getSynonymFilter() {
		return IDENTITY_FILTER;
	}

}
