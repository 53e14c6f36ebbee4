package nl.ouderbetrokkenheid.esnode.analysis;

import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.CATENATE_ALL;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.CATENATE_NUMBERS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.CATENATE_WORDS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.GENERATE_WORD_PARTS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.IGNORE_KEYWORDS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.PRESERVE_ORIGINAL;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.SPLIT_ON_NUMERICS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/**
 * {@code word_delimiter_graph} with analysis-common's boolean settings and {@code protected_words}
 * ({@code protected_words_path}). A {@code type_table} is not supported.
 */
class WordDelimiterGraphFilterFactory extends AbstractTokenFilterFactory {

	private final int flags;

	private final CharArraySet protectedWords;

	private final boolean adjustOffsets;

	WordDelimiterGraphFilterFactory(Environment environment, String name, Settings settings) {
		super(name);
		if (settings.hasValue("type_table") || settings.hasValue("type_table_path")) {
			throw new IllegalArgumentException("[type_table] is not supported by this development node's [" + name + "]");
		}
		this.flags = flag(settings, "generate_word_parts", true, GENERATE_WORD_PARTS)
				| flag(settings, "generate_number_parts", true, GENERATE_NUMBER_PARTS)
				| flag(settings, "catenate_words", false, CATENATE_WORDS)
				| flag(settings, "catenate_numbers", false, CATENATE_NUMBERS)
				| flag(settings, "catenate_all", false, CATENATE_ALL)
				| flag(settings, "split_on_case_change", true, SPLIT_ON_CASE_CHANGE)
				| flag(settings, "preserve_original", false, PRESERVE_ORIGINAL)
				| flag(settings, "split_on_numerics", true, SPLIT_ON_NUMERICS)
				| flag(settings, "stem_english_possessive", true, STEM_ENGLISH_POSSESSIVE)
				| flag(settings, "ignore_keywords", false, IGNORE_KEYWORDS);
		this.protectedWords = Analysis.getWordSet(environment, settings, "protected_words");
		this.adjustOffsets = settings.getAsBoolean("adjust_offsets", true);
	}

	private static int flag(Settings settings, String key, boolean defaultValue, int flag) {
		return settings.getAsBoolean(key, defaultValue) ? flag : 0;
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		return new WordDelimiterGraphFilter(tokenStream, this.adjustOffsets,
				WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, this.flags, this.protectedWords);
	}

	@Override
	public TokenFilterFactory getSynonymFilter() {
		throw new IllegalArgumentException("Token filter [" + name()
				+ "] cannot be used to parse synonyms except as part of an explicit synonym filter parameter");
	}

}
