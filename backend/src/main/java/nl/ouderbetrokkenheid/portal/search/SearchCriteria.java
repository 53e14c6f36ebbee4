package nl.ouderbetrokkenheid.portal.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

		TYPE("type", "type"), PARTNERSHIP("partnership", "partnerships"), ASPECT("aspect", "aspects"),
		SECTOR("sector", "sectors"), REGION("region", "region");

		private final String parameter;

		private final String field;

		Facet(String parameter, String field) {
			this.parameter = parameter;
			this.field = field;
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
