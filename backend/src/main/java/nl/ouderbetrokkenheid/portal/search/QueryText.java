package nl.ouderbetrokkenheid.portal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person typed, read the way they meant it: the words that carry the question, and the compounds they may
 * have written apart.
 */
final class QueryText {

	/**
	 * Words that make a query a question or a request without saying what it is about. Elasticsearch's Dutch stop
	 * list already drops the commonest (wat, hoe, je, als, er, kan, doen); these are the ones it keeps. They still
	 * count in the phrase and the ranking, just not against a match.
	 */
	private static final Set<String> FILLER = Set.of("kun", "kunt", "kunnen", "krijg", "krijgt", "krijgen", "welke",
			"welk", "waar", "wanneer", "waarom", "hoeveel", "jullie", "onze", "graag", "iemand", "manier", "manieren",
			"ideeen", "idee", "tips", "tip", "advies", "goede", "goed", "beste", "best", "handig", "handige", "zoek",
			"zoeken", "wil", "willen", "weet", "weten", "vind", "vinden", "gaan", "ga", "gaat", "maak", "maken",
			"aanpak", "aanpakken", "omgaan", "mee", "beter", "betere", "meer", "minder", "eigenlijk", "precies", "vraag",
			"vragen", "iets", "echt", "even", "ik", "mijn", "we", "wij", "ons", "hun", "wordt", "worden", "zou", "zouden",
			"moet", "moeten", "mag", "mogen", "nou", "toch", "via", "soort", "dingen", "ding", "heel", "erg");

	private static final int MIN_PART = 2;

	private QueryText() {
	}

	/** The words that say what the query is about; the text itself when it has nothing else. */
	static String contentWords(String text) {
		List<String> words = words(text);
		List<String> content = words.stream().filter(word -> !FILLER.contains(TextNormalizer.fold(word))).toList();
		return content.isEmpty() ? text.strip() : String.join(" ", content);
	}

	/**
	 * The text with neighbouring words written together, as Dutch writes compounds ("voorlees ontbijt" becomes
	 * "voorleesontbijt"): every neighbouring pair, and for three words also all three. Only words of letters count.
	 */
	static List<String> joinedCompounds(String text) {
		List<String> words = words(text);
		List<String> joined = new ArrayList<>();
		for (int i = 0; i + 1 < words.size(); i++) {
			if (joinable(words.get(i)) && joinable(words.get(i + 1))) {
				List<String> copy = new ArrayList<>(words);
				copy.set(i, words.get(i) + words.get(i + 1));
				copy.remove(i + 1);
				joined.add(String.join(" ", copy));
			}
		}
		if (words.size() == 3 && words.stream().allMatch(QueryText::joinable)) {
			joined.add(String.join("", words));
		}
		return joined;
	}

	private static boolean joinable(String word) {
		return word.length() >= MIN_PART && word.chars().allMatch(Character::isLetter)
				&& !FILLER.contains(TextNormalizer.fold(word));
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.strip().split("[\\s?!.,;:]+")).filter(word -> !word.isEmpty())
			.collect(Collectors.toList());
	}

}
