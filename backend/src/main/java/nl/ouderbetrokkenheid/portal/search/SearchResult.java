package nl.ouderbetrokkenheid.portal.search;

import java.util.List;
import java.util.Map;

/**
 * One page of search results with facet counts, and help when nothing was found.
 */
record SearchResult(long total, List<Hit> items, Map<String, List<FacetValue>> facets, String nextCursor,
		String didYouMean, List<Relaxation> relax, Relaxed relaxed) {

	/**
	 * The words as typed found nothing, so these results are for a looser reading: {@code FEWER_WORDS} (not all words
	 * need to match) or {@code SPELLING} (the corrected spelling in {@code text}).
	 */
	record Relaxed(Reason reason, String text) {

		enum Reason {

			FEWER_WORDS, SPELLING

		}

	}

	SearchResult relaxedTo(Relaxed how, String typedDidYouMean) {
		return new SearchResult(this.total, this.items, this.facets, this.nextCursor, typedDidYouMean, this.relax, how);
	}

	record Hit(String id, String slug, String type, String title, String summary, List<String> partnerships,
			List<String> aspects, List<String> sectors, String region, String organisation, String publishedAt,
			boolean demo, Highlights highlights) {
	}

	/** Marked passages: the title, the body, and the attached files ({@code files}, when one of them matched). */
	record Highlights(String title, List<String> body, List<String> files) {
	}

	record FacetValue(String value, long count, boolean selected) {
	}

	/** Dropping this facet's selection would find {@code count} items. */
	record Relaxation(String facet, long count) {
	}

}
