package nl.ouderbetrokkenheid.portal.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;

import org.springframework.stereotype.Component;

/**
 * The catalogue search kept for later: checks a search's text and filters as {@code /api/search} checks its
 * parameters, and gives the query it matches (the same builder as the search page, see
 * {@code SearchService.matching}), so a saved search matches what the search page showed.
 */
@Component
@RequiredArgsConstructor
public class SavedSearchQueries {

	/** The most characters of text, as {@code /api/search} allows. */
	public static final int MAX_TEXT = 500;

	/** A search as the search page holds it: the text and its filters, each a list of taxonomy codes. */
	public record Filters(String q, List<String> type, List<String> partnership, List<String> aspect,
			List<String> sector, List<String> region) {

		public Filters {
			q = (q == null || q.isBlank()) ? null : q.strip();
			type = codes(type);
			partnership = codes(partnership);
			aspect = codes(aspect);
			sector = codes(sector);
			region = codes(region);
		}

		private static List<String> codes(List<String> values) {
			return (values == null) ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
		}

	}

	private final Taxonomy taxonomy;

	/** Field errors named as the search's parameters: unknown codes, too many codes, too much text. */
	public List<Problems.FieldError> check(Filters filters) {
		List<Problems.FieldError> errors = new ArrayList<>();
		if (filters.q() != null && filters.q().length() > MAX_TEXT) {
			errors.add(new Problems.FieldError("q", Problems.Code.TOO_LONG, "at most " + MAX_TEXT + " characters", null,
					(long) MAX_TEXT));
		}
		selected(filters, errors);
		return errors;
	}

	/** The query that finds what the search page shows for these filters, for a percolator to store. */
	public Query query(Filters filters) {
		List<Problems.FieldError> errors = new ArrayList<>();
		Map<SearchCriteria.Facet, List<String>> selected = selected(filters, errors);
		if (!errors.isEmpty()) {
			throw new IllegalArgumentException("Unchecked filters: " + errors);
		}
		return SearchService.matching(new SearchCriteria(filters.q(), selected, null, null,
				SearchCriteria.Sort.RELEVANCE, 0, 1, null));
	}

	/** A short description for people ("ouderavond" · Pedagogisch partnerschap, Opvang, Gelderland), in Dutch. */
	public String describe(Filters filters) {
		List<String> parts = new ArrayList<>();
		Map<SearchCriteria.Facet, List<String>> values = selected(filters, new ArrayList<>());
		for (SearchCriteria.Facet facet : SearchCriteria.Facet.values()) {
			for (String code : values.getOrDefault(facet, List.of())) {
				this.taxonomy.terms(facet.kind())
					.stream()
					.filter(term -> term.code().equals(code))
					.findFirst()
					.ifPresent(term -> parts.add(term.nl()));
			}
		}
		String filtersText = String.join(", ", parts);
		if (filters.q() == null) {
			return filtersText.isEmpty() ? "Alles" : filtersText;
		}
		return filtersText.isEmpty() ? "“" + filters.q() + "”" : "“" + filters.q() + "” · " + filtersText;
	}

	private Map<SearchCriteria.Facet, List<String>> selected(Filters filters, List<Problems.FieldError> errors) {
		Map<SearchCriteria.Facet, List<String>> selected = new EnumMap<>(SearchCriteria.Facet.class);
		put(selected, errors, SearchCriteria.Facet.TYPE, filters.type());
		put(selected, errors, SearchCriteria.Facet.PARTNERSHIP, filters.partnership());
		put(selected, errors, SearchCriteria.Facet.ASPECT, filters.aspect());
		put(selected, errors, SearchCriteria.Facet.SECTOR, filters.sector());
		put(selected, errors, SearchCriteria.Facet.REGION, filters.region());
		return selected;
	}

	private void put(Map<SearchCriteria.Facet, List<String>> selected, List<Problems.FieldError> errors,
			SearchCriteria.Facet facet, List<String> values) {
		if (!values.isEmpty()) {
			selected.put(facet, this.taxonomy.selected(facet.parameter(), facet.kind(), values, errors));
		}
	}

}
