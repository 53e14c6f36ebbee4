package nl.ouderbetrokkenheid.portal.experts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * The experts directory (public) and an expert's own profile.
 */
@RestController
@RequestMapping("/api/experts")
@RequiredArgsConstructor
class ExpertController {

	/** One page of the directory, with facet counts like the catalogue's search. */
	record ExpertPage(long total, List<ExpertView> experts, Map<String, List<ExpertService.FacetValue>> facets) {
	}

	record Matching(List<ExpertView> experts) {
	}

	private final ExpertService experts;

	private final ExpertsMapper mapper;

	private final Taxonomy taxonomy;

	@GetMapping
	Mono<ExpertPage> directory(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) List<String> partnership,
			@RequestParam(required = false) List<String> aspect, @RequestParam(required = false) List<String> sector,
			@RequestParam(required = false) List<String> region, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		List<Problems.FieldError> errors = new ArrayList<>();
		ResultWindow.check(errors, page, size);
		Map<ExpertService.Facet, List<String>> selected = new EnumMap<>(ExpertService.Facet.class);
		select(selected, errors, ExpertService.Facet.PARTNERSHIP, partnership);
		select(selected, errors, ExpertService.Facet.ASPECT, aspect);
		select(selected, errors, ExpertService.Facet.SECTOR, sector);
		select(selected, errors, ExpertService.Facet.REGION, region);
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidRequestException(errors));
		}
		String text = (q != null) ? q.strip() : null;
		return this.experts.search(text, selected, page, size)
			.map(found -> new ExpertPage(found.total(), found.experts().stream().map(this.mapper::toView).toList(),
					found.facets()));
	}

	/** Experts whose expertise shares a tag with the given ones, for a catalogue item's page. */
	@GetMapping("/matching")
	Mono<Matching> matching(@RequestParam(required = false) List<String> partnership,
			@RequestParam(required = false) List<String> aspect, @RequestParam(required = false) List<String> sector,
			@RequestParam(defaultValue = "4") @Min(1) @Max(20) int size) {
		List<Problems.FieldError> errors = new ArrayList<>();
		List<String> partnerships = this.taxonomy.selected("partnership", Kind.PARTNERSHIP, partnership, errors);
		List<String> aspects = this.taxonomy.selected("aspect", Kind.ASPECT, aspect, errors);
		List<String> sectors = this.taxonomy.selected("sector", Kind.SECTOR, sector, errors);
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidRequestException(errors));
		}
		if (partnerships.isEmpty() && aspects.isEmpty() && sectors.isEmpty()) {
			return Mono.just(new Matching(List.of()));
		}
		return this.experts.matching(partnerships, aspects, sectors, size)
			.map(found -> new Matching(found.stream().map(this.mapper::toView).toList()));
	}

	@GetMapping("/{slug}")
	Mono<ExpertView> bySlug(@PathVariable String slug) {
		return this.experts.bySlug(slug).map(this.mapper::toView);
	}

	@GetMapping("/me")
	@PreAuthorize("hasRole('EXPERT')")
	Mono<ExpertView> me(PortalUser user) {
		return this.experts.ensure(user.subject(), user.name()).map(this.mapper::toView);
	}

	// No @Valid: the service validates, after method security has answered 403 to non-experts.
	@PutMapping("/me")
	@PreAuthorize("hasRole('EXPERT')")
	Mono<ExpertView> update(PortalUser user, @RequestBody ExpertInput input) {
		return this.experts.update(user.subject(), user.name(), input).map(this.mapper::toView);
	}

	private void select(Map<ExpertService.Facet, List<String>> selected, List<Problems.FieldError> errors,
			ExpertService.Facet facet, List<String> values) {
		selected.put(facet, this.taxonomy.selected(facet.parameter, facet.kind, values, errors));
	}

}
