package nl.ouderbetrokkenheid.portal.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import reactor.core.publisher.Mono;

/**
 * Readable, stable URL names from titles: "Creëren van een ouderkamer" becomes "creeren-van-een-ouderkamer".
 */
public final class Slugs {

	private static final int MAX_LENGTH = 80;

	private Slugs() {
	}

	public static String of(String title) {
		String folded = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "item" : slug;
	}

	/**
	 * The first free slug of {@code base}, {@code base-2}, {@code base-3}, ...: not {@code taken} and not one of the
	 * {@code reserved} path words under the feature's API (where {@code base} is one, counting starts at 2).
	 */
	public static Mono<String> unique(String base, Set<String> reserved, Function<String, Mono<Boolean>> taken) {
		return unique(base, reserved.contains(base) ? 2 : 1, taken);
	}

	private static Mono<String> unique(String base, int attempt, Function<String, Mono<Boolean>> taken) {
		String candidate = (attempt == 1) ? base : base + "-" + attempt;
		return taken.apply(candidate).flatMap(used -> used ? unique(base, attempt + 1, taken) : Mono.just(candidate));
	}

}
