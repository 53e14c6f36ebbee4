package nl.ouderbetrokkenheid.esnode.analysis;

import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexSettings;

/**
 * Which n-grams an {@code edge_ngram} or {@code ngram} tokenizer or token filter makes: from the start of a word only
 * ({@code edge}) or from anywhere in it, of {@code min_gram} (1) to {@code max_gram} (2) characters.
 */
record NGrams(boolean edge, int min, int max) {

	/**
	 * Reads the sizes. For {@code ngram} the range is checked against {@code index.max_ngram_diff}: wide ranges explode
	 * the index, so stock Elasticsearch caps them per index; so does this node.
	 */
	static NGrams read(IndexSettings indexSettings, Settings settings, boolean edge, String component) {
		NGrams grams = new NGrams(edge, settings.getAsInt("min_gram", 1), settings.getAsInt("max_gram", 2));
		int allowed = indexSettings.getMaxNgramDiff();
		if (!edge && grams.max - grams.min > allowed) {
			throw new IllegalArgumentException("The difference between max_gram and min_gram in " + component
					+ " must be less than or equal to: [" + allowed + "] but was [" + (grams.max - grams.min)
					+ "]. This limit can be set by changing the [" + IndexSettings.MAX_NGRAM_DIFF_SETTING.getKey()
					+ "] index level setting.");
		}
		return grams;
	}

}
