package nl.ouderbetrokkenheid.portal.contributions;

import java.util.ArrayList;
import java.util.List;

/** The four sections of a practice example, as the form asks for them; the stored contribution and its versions. */
interface Sections {

	String getContext();

	String getApproach();

	String getResult();

	String getTips();

	/** The item's body: the sections under Dutch headings, in the order the form asks for them. */
	default String body() {
		List<String> parts = new ArrayList<>();
		section(parts, "Context", getContext());
		section(parts, "Aanpak", getApproach());
		section(parts, "Resultaat", getResult());
		section(parts, "Tips", getTips());
		return String.join("\n\n", parts);
	}

	private static void section(List<String> parts, String heading, String text) {
		if (text != null && !text.isBlank()) {
			parts.add("## " + heading + "\n\n" + text.strip());
		}
	}

}
