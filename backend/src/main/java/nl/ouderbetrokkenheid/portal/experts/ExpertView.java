package nl.ouderbetrokkenheid.portal.experts;

import java.util.List;

/**
 * An expert's public profile as the API shows it (the subject stays inside the portal).
 */
record ExpertView(String slug, String name, String photoUrl, String bio, List<String> partnerships,
		List<String> aspects, List<String> sectors, String region, String organisation, boolean listed, boolean demo) {
}
