package nl.ouderbetrokkenheid.portal.catalog;

import java.text.Normalizer;
import java.util.Locale;

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

}
