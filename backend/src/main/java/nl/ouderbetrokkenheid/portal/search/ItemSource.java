package nl.ouderbetrokkenheid.portal.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The part of an indexed item that result lists show.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ItemSource(String slug, String type, String title, String summary, List<String> partnerships,
		List<String> aspects, List<String> sectors, String region, String organisation, String publishedAt,
		Boolean demo) {

	static final List<String> FIELDS = List.of("slug", "type", "title", "summary", "partnerships", "aspects", "sectors",
			"region", "organisation", "publishedAt", "demo");

}
