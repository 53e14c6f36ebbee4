package nl.ouderbetrokkenheid.portal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Dutch compound parts ({@code infra/analysis/nl-compound-parts.txt}, lower case and folded, one a line) that
 * Elasticsearch's {@code dictionary_decompounder} splits words with at index time. The query side reads the same
 * list, so both split a compound at the same places.
 */
final class CompoundParts {

	private static final String LIST = "/analysis/nl-compound-parts.txt";

	private static final Set<String> PARTS = read();

	private static final List<String> ENDINGS = List.of("en", "s", "e", "n");

	/**
	 * Heads of three letters the list cannot hold (Elasticsearch emits no part shorter than four), common at the end
	 * of what people type together: "portfolioapp", "taalles", "vvegroep" is covered by the list itself.
	 */
	private static final Set<String> SHORT_HEADS = Set.of("app", "les", "dag", "bso", "kdv", "vve", "ikc", "gym");

	/** Whether the word is a part followed by a word that {@link #endsCompound ends a compound}: "kindochtend". */
	static boolean isCompound(String word) {
		for (int at = 3; at <= word.length() - 3; at++) {
			if ((PARTS.contains(word.substring(0, at)) || SHORT_HEADS.contains(word.substring(0, at)))
					&& endsCompound(word.substring(at))) {
				return true;
			}
		}
		return false;
	}

	private CompoundParts() {
	}

	/**
	 * Whether the folded, lower-case word can end a compound: a part, or a part with a plural or inflection ending
	 * ("bezoeken", "avonden", "ouders"), which the list holds only in its base form.
	 */
	static boolean endsCompound(String word) {
		if (PARTS.contains(word) || SHORT_HEADS.contains(word)) {
			return true;
		}
		for (String ending : ENDINGS) {
			if (word.endsWith(ending) && PARTS.contains(word.substring(0, word.length() - ending.length()))) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> read() {
		try (InputStream in = CompoundParts.class.getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + LIST + " (built from infra/analysis)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
