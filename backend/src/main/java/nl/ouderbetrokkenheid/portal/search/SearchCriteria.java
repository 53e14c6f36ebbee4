package nl.ouderbetrokkenheid.portal.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy.Kind;

/**
 * A validated search: the text, the selected facet values, the date range, the order and the page.
 *
 * @param after search_after values from a cursor, or null for page-based paging
 */
record SearchCriteria(String text, Map<Facet, List<String>> selected, LocalDate from, LocalDate to, Sort sort,
		int page, int size, List<Object> after) {

	enum Sort {

		RELEVANCE, NEWEST

	}

	/** The facets, with the document field each counts. */
	enum Facet {

		TYPE("type", "type", Kind.CONTENT_TYPE), PARTNERSHIP("partnership", "partnerships", Kind.PARTNERSHIP),
		ASPECT("aspect", "aspects", Kind.ASPECT), SECTOR("sector", "sectors", Kind.SECTOR),
		REGION("region", "region", Kind.REGION);

		private final String parameter;

		private final String field;

		private final Kind kind;

		Facet(String parameter, String field, Kind kind) {
			this.parameter = parameter;
			this.field = field;
			this.kind = kind;
		}

		/** The taxonomy's codes this facet's values are. */
		Kind kind() {
			return this.kind;
		}

		String parameter() {
			return this.parameter;
		}

		String field() {
			return this.field;
		}

	}

	boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

	List<String> selected(Facet facet) {
		return this.selected.getOrDefault(facet, List.of());
	}

	SearchCriteria withText(String other) {
		return new SearchCriteria(other, this.selected, this.from, this.to, this.sort, this.page, this.size, this.after);
	}

}
