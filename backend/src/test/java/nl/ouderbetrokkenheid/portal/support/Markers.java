package nl.ouderbetrokkenheid.portal.support;

import java.util.UUID;

/**
 * Unique words for tests to tag what they create and find it again among what other tests created.
 */
public final class Markers {

	private Markers() {
	}

	/**
	 * The prefix and twelve random letters. Letters only: random hex digits sometimes line up into nine or more
	 * digits, which the portal rightly takes for a phone number (the search-miss list drops such queries).
	 */
	public static String word(String prefix) {
		StringBuilder word = new StringBuilder(prefix);
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 12).toCharArray()) {
			word.append((char) ('a' + Character.digit(c, 16)));
		}
		return word.toString();
	}

}
