package nl.ouderbetrokkenheid.portal.system.pages;

import java.util.Map;

/**
 * What a public page says about itself before its script runs: to search engines, and to the bots that build a
 * shared link's preview.
 *
 * @param title the page's title, without the portal's name
 * @param description one or two sentences, plain text
 * @param path the canonical path, from the portal's root
 * @param kind the Open Graph type: {@code article}, {@code profile} or {@code website}
 * @param structured the schema.org description (JSON-LD), without {@code @context}
 */
public record PageHead(String title, String description, String path, String kind, Map<String, Object> structured) {

	/** A description fit for a preview: plain, on one line, and cut at a word near 200 characters. */
	public static String summary(String text) {
		if (text == null) {
			return "";
		}
		String plain = text.replaceAll("[#*_`>\\[\\]]", "").replaceAll("\\s+", " ").strip();
		if (plain.length() <= 200) {
			return plain;
		}
		int cut = plain.lastIndexOf(' ', 197);
		return plain.substring(0, (cut > 100) ? cut : 197) + "…";
	}

}
