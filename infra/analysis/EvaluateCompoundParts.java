import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Runs the words of nl-compound-parts.eval.txt through Lucene's DictionaryCompoundWordTokenFilter with a word list, the
 * way Elasticsearch's dictionary_decompounder does (standard tokenizer, lowercase, asciifolding first), and prints the
 * precision and recall of the parts it adds. Run through {@code infra/analysis/evaluate-compound-parts}.
 *
 * <pre>
 * java -cp lucene-core.jar:lucene-analysis-common.jar EvaluateCompoundParts.java EVAL_FILE WORD_LIST [--verbose] [--text FILE]
 * </pre>
 */
public class EvaluateCompoundParts {

	// The filter's settings: min_word_size (-DminWordSize, 5 by default), min_subword_size, max_subword_size; and
	// only_longest_match false.
	static final int MIN_WORD = Integer.getInteger("minWordSize", 5);

	static final int MIN_SUBWORD = 4;

	static final int MAX_SUBWORD = 15;

	record Case(String section, String word, Set<String> expected, Set<String> tolerated) {
	}

	/** Counts for one section or all. */
	static final class Tally {

		int compounds;

		int plainWords;

		int plainWordsWithNoise;

		int expected;

		int found;

		int tolerated;

		int noise;

		void print(String name) {
			System.out.printf("%-15s %3d compounds, %3d other words | parts: %3d expected of %3d, %3d tolerated, %3d noise |"
					+ " precision %5.1f%%  recall %5.1f%% | other words with a part: %d%n", name, this.compounds,
					this.plainWords, this.found, this.expected, this.tolerated, this.noise,
					100.0 * this.found / Math.max(1, this.found + this.noise), 100.0 * this.found / Math.max(1, this.expected),
					this.plainWordsWithNoise);
		}

	}

	public static void main(String[] args) throws IOException {
		Path evalFile = Path.of(args[0]);
		Path wordList = Path.of(args[1]);
		boolean verbose = List.of(args).contains("--verbose");
		int text = List.of(args).indexOf("--text");

		List<String> lines = Files.readAllLines(wordList, StandardCharsets.UTF_8);
		CharArraySet dictionary = new CharArraySet(lines, false);

		List<Case> cases = new ArrayList<>();
		String section = "all";
		for (String line : Files.readAllLines(evalFile, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("[")) {
				section = line.strip().substring(1, line.strip().length() - 1);
				continue;
			}
			String[] fields = line.strip().split("\\s+");
			Set<String> expected = new TreeSet<>();
			Set<String> tolerated = new TreeSet<>();
			for (int i = 1; i < fields.length; i++) {
				if (fields[i].startsWith("~")) {
					tolerated.add(fields[i].substring(1));
				}
				else {
					expected.add(fields[i]);
				}
			}
			cases.add(new Case(section, fields[0], expected, tolerated));
		}

		Map<String, Tally> tallies = new LinkedHashMap<>();
		Tally all = new Tally();
		List<String> misses = new ArrayList<>();
		TreeMap<String, List<String>> noiseParts = new TreeMap<>();
		for (Case c : cases) {
			Set<String> parts = partsOf(dictionary, c.word());
			for (Tally tally : List.of(all, tallies.computeIfAbsent(c.section(), k -> new Tally()))) {
				boolean compound = !c.expected().isEmpty();
				boolean noisy = false;
				if (compound) {
					tally.compounds++;
				}
				else {
					tally.plainWords++;
				}
				tally.expected += c.expected().size();
				for (String part : parts) {
					if (c.expected().contains(part)) {
						tally.found++;
					}
					else if (c.tolerated().contains(part) || isForm(part, c.word())) {
						tally.tolerated++;
					}
					else {
						tally.noise++;
						noisy = true;
					}
				}
				if (!compound && noisy) {
					tally.plainWordsWithNoise++;
				}
			}
			for (String part : parts) {
				if (!c.expected().contains(part) && !c.tolerated().contains(part) && !isForm(part, c.word())) {
					noiseParts.computeIfAbsent(part, k -> new ArrayList<>()).add(c.word());
				}
			}
			for (String part : c.expected()) {
				if (!parts.contains(part)) {
					misses.add(c.word() + ":" + part);
				}
			}
			if (verbose) {
				System.out.println(c.word() + " -> " + parts);
			}
		}
		System.out.printf("word list %s: %d words, %d bytes; min_word_size %d, min_subword_size %d, max_subword_size %d%n",
				wordList, dictionary.size(), Files.size(wordList), MIN_WORD, MIN_SUBWORD, MAX_SUBWORD);
		System.out.println("precision = expected / (expected + noise) parts; recall = expected parts found / expected parts");
		tallies.forEach((name, tally) -> tally.print(name));
		all.print("all");
		System.out.println("missed: " + String.join(" ", misses));
		StringBuilder noiseLine = new StringBuilder("noise:");
		noiseParts.forEach((part, words) -> noiseLine.append(' ').append(part).append(" (").append(String.join(",", words)).append(')'));
		System.out.println(noiseLine);

		if (text >= 0) {
			String content = Files.readString(Path.of(args[text + 1]), StandardCharsets.UTF_8);
			TreeMap<String, Set<String>> seen = new TreeMap<>();
			for (String token : content.split("[^\\p{L}]+")) {
				Set<String> parts = partsOf(dictionary, token);
				if (!parts.isEmpty()) {
					seen.put(token.toLowerCase(java.util.Locale.ROOT), parts);
				}
			}
			seen.forEach((word, parts) -> System.out.println("text: " + word + " -> " + parts));
		}
	}

	/** "huisbezoek" in "huisbezoeken": the word itself, in another form. */
	static boolean isForm(String part, String word) {
		return word.startsWith(part) && word.length() - part.length() <= 2;
	}

	/** The tokens the filter adds after the token of a single word (not the word itself). */
	static Set<String> partsOf(CharArraySet dictionary, String word) throws IOException {
		Set<String> parts = new LinkedHashSet<>();
		StandardTokenizer tokenizer = new StandardTokenizer();
		tokenizer.setReader(new StringReader(word));
		TokenStream stream = new DictionaryCompoundWordTokenFilter(new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)),
				dictionary, MIN_WORD, MIN_SUBWORD, MAX_SUBWORD, false);
		CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
		PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
		stream.reset();
		String first = null;
		while (stream.incrementToken()) {
			if (first == null) {
				first = term.toString();
			}
			else if (increment.getPositionIncrement() == 0 && !term.toString().equals(first)) {
				parts.add(term.toString());
			}
		}
		stream.end();
		stream.close();
		return parts;
	}

}
