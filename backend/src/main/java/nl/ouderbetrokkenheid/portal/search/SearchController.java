package nl.ouderbetrokkenheid.portal.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.system.ResultWindow;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy.Kind;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

@RestController
@RequiredArgsConstructor
class SearchController {

	record Suggestions(List<BrowseService.Suggestion> suggestions) {
	}

	record Related(List<SearchResult.Hit> items) {
	}

	record Misses(List<SearchMisses.Miss> misses) {
	}

	record Synonyms(@NotNull @Size(max = 500) List<@NotNull @Size(max = 500) String> groups) {
	}

	private final SearchService search;

	private final BrowseService browse;

	private final SearchMisses misses;

	private final SynonymService synonyms;

	private final Taxonomy taxonomy;

	@GetMapping("/api/search")
	Mono<SearchResult> search(@RequestParam(required = false) @Size(max = 500) String q,
			@RequestParam(required = false) List<String> type, @RequestParam(required = false) List<String> partnership,
			@RequestParam(required = false) List<String> aspect, @RequestParam(required = false) List<String> sector,
			@RequestParam(required = false) List<String> region, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(defaultValue = "relevance") String sort,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
			@RequestParam(required = false) @Size(max = 2000) String cursor) {
		List<Problems.FieldError> errors = new ArrayList<>();
		Map<SearchCriteria.Facet, List<String>> selected = new EnumMap<>(SearchCriteria.Facet.class);
		select(selected, errors, SearchCriteria.Facet.TYPE, type);
		select(selected, errors, SearchCriteria.Facet.PARTNERSHIP, partnership);
		select(selected, errors, SearchCriteria.Facet.ASPECT, aspect);
		select(selected, errors, SearchCriteria.Facet.SECTOR, sector);
		select(selected, errors, SearchCriteria.Facet.REGION, region);
		LocalDate fromDate = date(errors, "from", from);
		LocalDate toDate = date(errors, "to", to);
		SearchCriteria.Sort order = switch (sort.toLowerCase(Locale.ROOT)) {
			case "relevance" -> SearchCriteria.Sort.RELEVANCE;
			case "newest" -> SearchCriteria.Sort.NEWEST;
			default -> {
				errors.add(new Problems.FieldError("sort", Problems.Code.NOT_AN_OPTION,
						"must be 'relevance' or 'newest'"));
				yield SearchCriteria.Sort.RELEVANCE;
			}
		};
		List<Object> after = null;
		if (cursor != null) {
			Cursors.Decoded decoded = Cursors.decode(cursor);
			if (decoded == null || decoded.sort() != order) {
				errors.add(new Problems.FieldError("cursor", Problems.Code.INVALID_VALUE,
						"is not a cursor this search gave out"));
			}
			else {
				after = decoded.after();
			}
		}
		else {
			ResultWindow.check(errors, page, size);
		}
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidRequestException(errors));
		}
		String text = (q != null) ? q.strip() : null;
		return this.search
			.search(new SearchCriteria(text, selected, fromDate, toDate, order, (after != null) ? 0 : page, size, after));
	}

	@GetMapping("/api/search/suggestions")
	Mono<Suggestions> suggestions(@RequestParam @Size(max = 100) String q) {
		return this.browse.suggestions(q).map(Suggestions::new);
	}

	@GetMapping("/api/items/{slug}/related")
	Mono<Related> related(@PathVariable String slug) {
		return this.browse.related(slug).map(Related::new);
	}

	@GetMapping("/api/model")
	Mono<BrowseService.Model> model(@RequestParam(required = false) String sector) {
		List<Problems.FieldError> errors = this.taxonomy.check("sector", Kind.SECTOR, sector);
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidRequestException(errors));
		}
		return this.browse.model(sector);
	}

	@GetMapping("/api/search/misses")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<Misses> misses(@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		return this.misses.top(size).map(Misses::new);
	}

	@GetMapping("/api/search/synonyms")
	Mono<Synonyms> synonyms() {
		return this.synonyms.groups().map(Synonyms::new);
	}

	@PutMapping("/api/search/synonyms")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<Synonyms> replaceSynonyms(@Valid @RequestBody Synonyms synonyms, PortalUser user) {
		return this.synonyms.replace(synonyms.groups(), user.subject()).map(Synonyms::new);
	}

	private void select(Map<SearchCriteria.Facet, List<String>> selected, List<Problems.FieldError> errors,
			SearchCriteria.Facet facet, List<String> values) {
		if (values != null && !values.isEmpty()) {
			selected.put(facet, this.taxonomy.selected(facet.parameter(), facet.kind(), values, errors));
		}
	}

	private static LocalDate date(List<Problems.FieldError> errors, String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.add(new Problems.FieldError(name, Problems.Code.NOT_A_DATE, "is not a date (yyyy-mm-dd)"));
			return null;
		}
	}

}
