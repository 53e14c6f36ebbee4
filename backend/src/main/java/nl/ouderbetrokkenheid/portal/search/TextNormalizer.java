package nl.ouderbetrokkenheid.portal.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as the search compares it: lower case, without diacritics, single spaces.
 */
final class TextNormalizer {

	private TextNormalizer() {
	}

	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

}
