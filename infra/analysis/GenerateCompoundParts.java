import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes the word list of the dictionary_decompounder: the words of a Dutch word list (OpenTaal's) that the list itself
 * shows to be parts of compounds, plus a hand-kept list of domain words, minus a hand-kept stop list. Run through
 * {@code infra/analysis/generate-compound-parts}; README.md explains the rules and how they were tuned.
 *
 * <pre>
 * java GenerateCompoundParts.java --dict /usr/share/dict/dutch --domain nl-compound-parts.domain.txt
 *      --stop nl-compound-parts.stop.txt --out nl-compound-parts.txt
 *      [--min-credit 3] [--min-share 0.3] [--long 8] [--long-credit 1] [--stats FILE] [--explain WORD,...]
 * </pre>
 */
public class GenerateCompoundParts {

	// The decompounder's min_subword_size and max_subword_size: shorter or longer words are never emitted.
	static final int MIN_PART = 4;

	static final int MAX_PART = 15;

	// The pieces a compound is split into are words at least this long (3 admits "bad" in "zwembad").
	static final int MIN_OTHER = 3;

	// Dutch linking letters between the parts: opvoeding-s-ondersteuning, klass-en-ouder, zonn-e-bloem, kind-er-opvang.
	static final String[] LINKS = { "s", "e", "en", "er" };

	// Endings that make a word another form of the same word (plural, diminutive, derivation): "huisje", "ouders" and
	// "ouderlijk" neither prove nor disprove that "huis" and "ouder" are parts of compounds.
	static final Set<String> ENDINGS = endings();

	public static void main(String[] args) throws IOException {
		Map<String, String> options = options(args);
		int minCredit = Integer.parseInt(options.getOrDefault("--min-credit", "3"));
		int longWord = Integer.parseInt(options.getOrDefault("--long", "8"));
		int longCredit = Integer.parseInt(options.getOrDefault("--long-credit", "1"));
		double minShare = Double.parseDouble(options.getOrDefault("--min-share", "0.3"));

		Set<String> words = new HashSet<>();
		for (String line : Files.readAllLines(Path.of(options.get("--dict")), StandardCharsets.UTF_8)) {
			String word = fold(line);
			if (word != null && word.length() >= 2) {
				words.add(word);
			}
		}
		Set<String> domain = readList(Path.of(options.get("--domain")));
		Set<String> stop = readList(Path.of(options.get("--stop")));
		for (String word : domain) {
			if (word.length() < MIN_PART || word.length() > MAX_PART) {
				throw new IllegalArgumentException("--domain: \"" + word + "\" is not " + MIN_PART + " to " + MAX_PART
						+ " letters long; the decompounder would never add it");
			}
		}
		words.addAll(domain);

		// Pieces a compound may be split into when judging what a word is inside a longer one.
		Set<String> pieces = new HashSet<>();
		for (String word : words) {
			if (word.length() >= MIN_OTHER && !stop.contains(word)) {
				pieces.add(word);
			}
		}

		// First without looking inside the pieces; then also inside a piece that splits into parts the first round
		// kept ("gezondheid" and "zorg" in "jeugdgezondheidszorg", but not "gesp" and "rekken" in "oudergesprekken").
		Set<String> explain = Set.of(options.getOrDefault("--explain", "").split(","));
		int rounds = Integer.parseInt(options.getOrDefault("--rounds", "2"));
		TreeSet<String> parts = new TreeSet<>();
		Map<String, int[]> counts = Map.of();
		for (int round = 1; round <= rounds; round++) {
			counts = count(words, pieces, stop, parts, round == rounds ? explain : Set.of());
			parts = select(counts, minCredit, longWord, longCredit, minShare, domain);
		}

		Files.write(Path.of(options.get("--out")), String.join("\n", parts).concat("\n").getBytes(StandardCharsets.UTF_8));

		if (options.containsKey("--stats")) {
			List<String> lines = new ArrayList<>();
			for (String word : new TreeSet<>(counts.keySet())) {
				int[] c = counts.get(word);
				lines.add(word + "\t" + c[0] + "\t" + c[1] + "\t" + c[2] + "\t" + (parts.contains(word) ? "kept" : "dropped"));
			}
			Files.write(Path.of(options.get("--stats")), lines, StandardCharsets.UTF_8);
		}
		System.err.printf("%d dictionary words, %d candidate parts, %d kept (%d from the domain list)%n", words.size(),
				counts.size(), parts.size(), domain.size());
	}

	/**
	 * The words kept: those a part in at least {@code minCredit} other words ({@code longCredit} for words of
	 * {@code longWord} letters or more, which seldom stand inside other words by chance), and a part in at least
	 * {@code minShare} of the words they stand in as a part or as noise; and the domain words.
	 */
	static TreeSet<String> select(Map<String, int[]> counts, int minCredit, int longWord, int longCredit, double minShare,
			Set<String> domain) {
		TreeSet<String> parts = new TreeSet<>();
		for (Map.Entry<String, int[]> entry : counts.entrySet()) {
			int credit = entry.getValue()[0];
			int noise = entry.getValue()[1];
			int least = entry.getKey().length() >= longWord ? longCredit : minCredit;
			if (credit >= least && credit >= minShare * (credit + noise)) {
				parts.add(entry.getKey());
			}
		}
		parts.addAll(domain);
		return parts;
	}

	/**
	 * For every candidate part (a dictionary word of 4..15 letters not on the stop list): in how many other dictionary
	 * words it is a part (credit: "avond" in "ouderavond"), something else (noise: "vond" in "ouderavond", "oude" in
	 * "ouderavond") or only another form of itself or of a part ("huisje", "ouder" in "grootouders").
	 */
	static Map<String, int[]> count(Set<String> words, Set<String> pieces, Set<String> stop, Set<String> trusted,
			Set<String> explain) {
		Map<String, int[]> counts = new HashMap<>();
		for (String word : words) {
			if (word.length() >= MIN_PART && word.length() <= MAX_PART && !stop.contains(word)) {
				counts.put(word, new int[3]);
			}
		}
		Map<String, List<String>> segments = new HashMap<>();
		Map<String, Integer> best = new HashMap<>();
		for (String word : new TreeSet<>(words)) {
			int length = word.length();
			if (length <= MIN_PART) {
				continue;
			}
			Set<String> parts = parts(word, pieces, trusted, segments);
			best.clear();
			for (int i = 0; i + MIN_PART <= length; i++) {
				for (int j = i + MIN_PART; j <= Math.min(length, i + MAX_PART); j++) {
					String part = word.substring(i, j);
					if ((i == 0 && j == length) || !counts.containsKey(part)) {
						continue;
					}
					int kind;
					if (parts.contains(part)) {
						kind = 0;
					}
					else if ((i == 0 && isForm(part, word)) || parts.stream().anyMatch(p -> isForm(part, p))) {
						kind = 2;
					}
					else {
						kind = 1;
					}
					best.merge(part, kind, (a, b) -> a == 0 || b == 0 ? 0 : Math.max(a, b));
				}
			}
			for (Map.Entry<String, Integer> entry : best.entrySet()) {
				counts.get(entry.getKey())[entry.getValue()]++;
				if (explain.contains(entry.getKey())) {
					System.err.println("explain " + entry.getKey() + " " + new String[] { "part", "noise", "form" }[entry.getValue()]
							+ " " + word + " " + segment(word, pieces));
				}
			}
		}
		return counts;
	}

	/** "huisbezoek" at the start of "huisbezoeken", "ouder" at the start of "ouders": the same word in another form. */
	static boolean isForm(String part, String word) {
		return word.startsWith(part) && ENDINGS.contains(word.substring(part.length()));
	}

	/**
	 * The parts of a word: the pieces of its best split, and the parts of those pieces when they split into trusted
	 * parts.
	 */
	static Set<String> parts(String word, Set<String> pieces, Set<String> trusted, Map<String, List<String>> segments) {
		Set<String> parts = new HashSet<>();
		List<String> split = segments.computeIfAbsent(word, w -> segment(w, pieces));
		for (String piece : split) {
			parts.add(piece);
			List<String> inner = segments.computeIfAbsent(piece, w -> segment(w, pieces));
			if (!inner.isEmpty() && trusted.containsAll(inner)) {
				parts.addAll(parts(piece, pieces, trusted, segments));
			}
		}
		return parts;
	}

	/**
	 * The best split of a word into two or more pieces, linking letters between them allowed: the fewest pieces, then
	 * the longest shortest piece, then the largest sum of squared lengths ("ouder|gesprekken", not
	 * "oudergesprek|ken"; "kind|er|opvang", not "kind|erop|vang"). Empty when there is none.
	 */
	static List<String> segment(String word, Set<String> pieces) {
		int length = word.length();
		int[] count = new int[length + 1];
		int[] shortest = new int[length + 1];
		int[] squares = new int[length + 1];
		int[] from = new int[length + 1];
		int[] to = new int[length + 1];
		java.util.Arrays.fill(count, Integer.MAX_VALUE);
		count[0] = 0;
		shortest[0] = Integer.MAX_VALUE;
		for (int i = 0; i < length; i++) {
			if (count[i] == Integer.MAX_VALUE) {
				continue;
			}
			for (int j = i + MIN_OTHER; j <= length; j++) {
				if ((i == 0 && j == length) || !pieces.contains(word.substring(i, j))) {
					continue;
				}
				int c = count[i] + 1;
				int s = Math.min(shortest[i], j - i);
				int q = squares[i] + (j - i) * (j - i);
				improve(count, shortest, squares, from, to, j, c, s, q, i, j);
				for (String link : LINKS) {
					int after = j + link.length();
					if (after < length && word.startsWith(link, j)) {
						improve(count, shortest, squares, from, to, after, c, s, q, i, j);
					}
				}
			}
		}
		if (count[length] == Integer.MAX_VALUE) {
			return List.of();
		}
		List<String> split = new ArrayList<>();
		for (int at = length; at > 0; at = from[at]) {
			split.addFirst(word.substring(from[at], to[at]));
		}
		return split;
	}

	static void improve(int[] count, int[] shortest, int[] squares, int[] from, int[] to, int at, int c, int s, int q,
			int i, int j) {
		boolean better = c < count[at] || (c == count[at] && (s > shortest[at] || (s == shortest[at] && q > squares[at])));
		if (better) {
			count[at] = c;
			shortest[at] = s;
			squares[at] = q;
			from[at] = i;
			to[at] = j;
		}
	}

	static Set<String> endings() {
		String[] derivations = { "", "heid", "schap", "ing", "lijk", "lijkheid", "baar", "baarheid", "loos", "achtig",
				"ig", "isch", "er", "ster", "aar", "ling", "nis", "sel", "dom", "erij", "ist", "iteit", "atie", "ief",
				"eel", "je", "tje", "pje", "kje", "etje", "in", "es", "ij", "t", "d", "de", "te", "st" };
		String[] inflections = { "", "s", "e", "en", "n", "er", "ere", "ers", "st", "ste", "heden", "schappen",
				"ingen", "ssen", "sen", "nen", "t", "de", "den", "te", "ten" };
		Set<String> endings = new HashSet<>();
		for (String derivation : derivations) {
			for (String inflection : inflections) {
				endings.add(derivation + inflection);
			}
		}
		endings.remove("");
		return endings;
	}

	/** Lower case, accents off (as Elasticsearch's lowercase and asciifolding filters do), letters only; else null. */
	static String fold(String line) {
		String word = line.strip();
		for (int i = 0; i < word.length(); i++) {
			if (Character.isUpperCase(word.charAt(i))) {
				return null; // names and abbreviations
			}
		}
		word = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return word.matches("[a-z]+") ? word : null;
	}

	/** A hand-kept list: one word a line, anything after # ignored. */
	static Set<String> readList(Path path) throws IOException {
		Set<String> words = new HashSet<>();
		for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
			int comment = line.indexOf('#');
			String stripped = (comment >= 0 ? line.substring(0, comment) : line).strip();
			if (stripped.isEmpty()) {
				continue;
			}
			String word = fold(stripped.toLowerCase(java.util.Locale.ROOT));
			if (word == null) {
				throw new IllegalArgumentException(path + ": not a word of letters: " + stripped);
			}
			words.add(word);
		}
		return words;
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i], args[i + 1]);
		}
		for (String required : List.of("--dict", "--domain", "--stop", "--out")) {
			if (!options.containsKey(required)) {
				throw new IllegalArgumentException("missing " + required);
			}
		}
		return options;
	}

}
