package nl.ouderbetrokkenheid.portal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person typed, read the way they meant it: the words that carry the question, and the compounds they may
 * have written apart. The catalogue's search and the experts directory read queries this way.
 */
public final class QueryText {

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
			"moet", "moeten", "mag", "mogen", "nou", "toch", "via", "soort", "dingen", "ding", "heel", "erg",
			// the verbs a question is asked with, not what it is about
			"organiseer", "organiseren", "bereik", "bereiken", "komen", "komt", "doe", "bespreek", "bespreken", "leg",
			"uitleggen", "hou", "houden", "stel", "stelt", "stellen", "regel", "regelen", "pak", "help",
			"helpen", "zie", "zien");

	/** Words a question starts with; the rest of such a text is read more loosely (see {@link #isQuestion}). */
	private static final Set<String> QUESTION_WORDS = Set.of("hoe", "wat", "waarom", "wanneer", "welke", "welk", "wie",
			"waar", "waarmee", "kan", "kun", "kunnen", "mag", "moet", "moeten", "is", "zijn", "heeft", "hebben", "wil",
			"werkt", "helpt", "zou");

	private static final int MIN_PART = 2;

	private static final int MIN_SPLIT = 3;

	/** Longer than any Dutch compound people type; a longer "word" is not split (each split is a query clause). */
	private static final int MAX_SPLIT_WORD = 32;

	private static final int MAX_SPLITS = 6;

	/** Short Dutch words a split must not produce: the analyzer drops them, and the other part alone matches too much. */
	private static final Set<String> SHORT_STOP = Set.of("een", "het", "van", "die", "dat", "met", "aan", "als", "had",
			"was", "ook", "tot", "uit", "der", "hij", "zij", "wat", "wil", "kan", "men", "dit", "zou", "ben", "nog",
			"hoe", "ons", "mij", "dan", "wie", "ter", "den", "des", "per", "bij", "voor", "door", "over", "naar", "niet",
			"maar", "zich", "haar", "hier", "daar", "deze", "zijn", "veel", "meer", "geen", "toch", "omdat", "onder");

	private QueryText() {
	}

	/**
	 * Whether the text is a question in words ("hoe maak je een ouderkamer gezellig"): it starts with a question word
	 * or ends with a question mark. A question says more than an item does, so not all its words can be required.
	 */
	public static boolean isQuestion(String text) {
		List<String> words = words(text);
		return text.strip().endsWith("?")
				|| (words.size() >= 3 && QUESTION_WORDS.contains(TextNormalizer.fold(words.getFirst())));
	}

	/** The words that say what the query is about; the text itself when it has nothing else. */
	public static String contentWords(String text) {
		List<String> words = words(text);
		List<String> content = words.stream().filter(word -> !FILLER.contains(TextNormalizer.fold(word))).toList();
		return content.isEmpty() ? text.strip() : String.join(" ", content);
	}

	/**
	 * The text with neighbouring words written together, as Dutch writes compounds ("voorlees ontbijt" becomes
	 * "voorleesontbijt"): every neighbouring pair, and for three words also all three. Only words of letters count.
	 */
	public static List<String> joinedCompounds(String text) {
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

	/**
	 * The text with one long word split in two before a compound part the dictionary knows ("socialekaart" becomes
	 * "sociale kaart"): a compound written together where the catalogue writes its parts apart. The dictionary is the
	 * one Elasticsearch splits compounds with at index time; Dutch compounds end in their head, so the last part must
	 * be in it (or be a compound of its parts), and the first may be any word of at least {@link #MIN_SPLIT} letters
	 * (an inflected adjective, say).
	 * Searched with every part required, so only splits the catalogue actually uses find anything.
	 */
	static List<String> splitCompounds(String text) {
		List<String> words = words(text);
		List<String> split = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (word.length() < 2 * MIN_SPLIT + 1 || word.length() > MAX_SPLIT_WORD
					|| !word.chars().allMatch(Character::isLetter)) {
				continue;
			}
			String folded = TextNormalizer.fold(word);
			for (int at = MIN_SPLIT; at <= word.length() - MIN_SPLIT && split.size() < MAX_SPLITS; at++) {
				String head = folded.substring(0, at);
				String tail = folded.substring(at);
				// The tail a part ("kaart"), or itself a compound of parts ("kindochtend" in "ouderkindochtend").
				if (SHORT_STOP.contains(head) || !(CompoundParts.endsCompound(tail) || CompoundParts.isCompound(tail))) {
					continue;
				}
				List<String> copy = new ArrayList<>(words);
				copy.set(i, word.substring(0, at) + " " + word.substring(at));
				split.add(String.join(" ", copy));
			}
		}
		return split;
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
