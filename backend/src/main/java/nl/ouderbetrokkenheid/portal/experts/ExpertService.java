package nl.ouderbetrokkenheid.portal.experts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.catalog.Slugs;
import nl.ouderbetrokkenheid.portal.search.TextQuery;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Visible;
import nl.ouderbetrokkenheid.portal.system.pages.PublicPages;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy.Kind;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchAggregations;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.client.elc.NativeQueryBuilder;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Experts' profiles: made the first time an expert shows up (their dashboard, their first article), edited by their
 * owner, found by everyone with the catalogue's facets once the expert chose to be listed, while they hold the role.
 */
@Service
@RequiredArgsConstructor
class ExpertService {

	/** Who the directory shows: experts who chose to be listed and hold the role now. */
	private static final Query LISTED = Query.of(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("listed").value(true)))
		.filter(f -> f.term(t -> t.field("active").value(true)))));

	/** Path words under /api/experts that a slug must not take. */
	private static final Set<String> RESERVED = Set.of("me", "matching");

	private final ExpertRepository experts;

	@Visible
	private final ReactiveElasticsearchOperations operations;

	private final Taxonomy taxonomy;

	private final ExpertRules rules;

	private final Clock clock;

	/**
	 * The expert's profile, made on first use; the name follows the identity provider's. Only someone holding the
	 * EXPERT role gets here, so the profile is marked active.
	 */
	Mono<ExpertDocument> ensure(String subject, String name) {
		return this.experts.findById(subject).flatMap(expert -> {
			boolean renamed = name != null && !name.isBlank() && !name.strip().equals(expert.getName());
			if (!renamed && expert.isActive()) {
				return Mono.just(expert);
			}
			if (renamed) {
				expert.setName(name.strip());
			}
			expert.setActive(true);
			expert.setUpdatedAt(this.clock.instant());
			return this.operations.save(expert);
		}).switchIfEmpty(Mono.defer(() -> {
			ExpertDocument expert = new ExpertDocument();
			expert.setSubject(subject);
			expert.setActive(true);
			expert.setName((name != null && !name.isBlank()) ? name.strip() : subject);
			expert.setCreatedAt(this.clock.instant());
			expert.setUpdatedAt(expert.getCreatedAt());
			return Slugs.unique(Slugs.of(expert.getName()), RESERVED, this.experts::existsBySlug).flatMap(slug -> {
				expert.setSlug(slug);
				return this.operations.save(expert);
			});
		}));
	}

	Mono<ExpertDocument> update(String subject, String name, ExpertInput input) {
		return Mono.fromRunnable(() -> this.rules.requireValid(input))
			.then(Mono.defer(() -> ensure(subject, name)))
			.flatMap(expert -> {
				expert.setPhotoUrl(blankToNull(input.photoUrl()));
				expert.setBio(blankToNull(input.bio()));
				expert.setPartnerships(Taxonomy.stored(input.partnerships()));
				expert.setAspects(Taxonomy.stored(input.aspects()));
				expert.setSectors(Taxonomy.stored(input.sectors()));
				expert.setRegion(blankToNull(input.region()));
				expert.setOrganisation(blankToNull(input.organisation()));
				expert.setListed(Boolean.TRUE.equals(input.listed()));
				expert.setUpdatedAt(this.clock.instant());
				return this.operations.save(expert);
			});
	}

	/**
	 * Records whether the person holds the EXPERT role now (a login, an administrator's change). Someone without a
	 * profile gets none here: it is made when they first act as an expert.
	 */
	Mono<Void> roleHeld(String subject, boolean held) {
		return this.experts.findById(subject).filter(expert -> expert.isActive() != held).flatMap(expert -> {
			expert.setActive(held);
			expert.setUpdatedAt(this.clock.instant());
			return this.operations.save(expert);
		}).then();
	}

	/** A demo expert is listed, and active: the demo accounts hold the role. */
	Mono<ExpertDocument> markDemo(ExpertDocument expert) {
		expert.setDemo(true);
		expert.setListed(true);
		expert.setActive(true);
		return this.operations.save(expert);
	}

	/** A listed expert's public profile; one who did not choose to be listed, or lost the role, is not there. */
	Mono<ExpertDocument> bySlug(String slug) {
		return this.experts.findFirstBySlug(slug)
			.filter(expert -> expert.isListed() && expert.isActive())
			.switchIfEmpty(Mono.error(() -> new PortalException(HttpStatus.NOT_FOUND, "expert-not-found",
					"Expert not found", "There is no expert with this name in the directory.")));
	}

	Mono<ExpertDocument> bySubject(String subject) {
		return this.experts.findById(subject);
	}

	Mono<Void> delete(String subject) {
		return this.operations.delete(subject, ExpertDocument.class).then();
	}

	/** Every listed expert (a directory of hundreds), for the sitemap. */
	Flux<ExpertDocument> listed() {
		return this.operations
			.search(NativeQuery.builder().withQuery(LISTED).withMaxResults(PublicPages.SITEMAP_PAGE_SIZE).build(),
					ExpertDocument.class)
			.map(SearchHit::getContent);
	}

	/** A page of the directory: experts matching the text and the selected facet values, with facet counts. */
	Mono<Found> search(String text, Map<Facet, List<String>> selected, int page, int size) {
		Query query = (text != null && !text.isBlank()) ? textQuery(text) : Query.of(q -> q.matchAll(m -> m));
		NativeQueryBuilder request = NativeQuery.builder()
			.withQuery(Query.of(q -> q.bool(b -> b.must(query).filter(LISTED))))
			.withFilter(facetFilter(selected, null))
			.withPageable(PageRequest.of(page, size))
			.withTrackTotalHits(true);
		if (text == null || text.isBlank()) {
			request.withSort(Sort.by("name.sort"));
		}
		for (Facet facet : Facet.values()) {
			request.withAggregation("facet_" + facet.parameter, Aggregation.of(a -> a
				.filter(facetFilter(selected, facet))
				.aggregations("values", v -> v.terms(t -> t.field(facet.field).size(50)))));
		}
		return this.operations.searchForPage(request.build(), ExpertDocument.class).map(result -> {
			Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
			ElasticsearchAggregations aggregations = (ElasticsearchAggregations) result.getSearchHits().getAggregations();
			for (Facet facet : Facet.values()) {
				Aggregate aggregate = aggregations.get("facet_" + facet.parameter).aggregation().getAggregate();
				facets.put(facet.parameter, facetValues(facet, selected.getOrDefault(facet, List.of()), aggregate));
			}
			List<ExpertDocument> found = result.getSearchHits().getSearchHits().stream().map(SearchHit::getContent).toList();
			return new Found(result.getSearchHits().getTotalHits(), found, facets);
		});
	}

	/** Experts sharing at least one tag, those sharing most first. */
	Mono<List<ExpertDocument>> matching(List<String> partnerships, List<String> aspects, List<String> sectors,
			int size) {
		BoolQuery.Builder bool = new BoolQuery.Builder().minimumShouldMatch("1").filter(LISTED);
		should(bool, "partnerships", partnerships);
		should(bool, "aspects", aspects);
		should(bool, "sectors", sectors);
		NativeQuery request = NativeQuery.builder()
			.withQuery(Query.of(q -> q.bool(bool.build())))
			.withPageable(PageRequest.of(0, size))
			.build();
		return this.operations.search(request, ExpertDocument.class).map(SearchHit::getContent).collectList();
	}

	private static void should(BoolQuery.Builder bool, String field, List<String> values) {
		for (String value : values) {
			bool.should(s -> s.term(t -> t.field(field).value(value)));
		}
	}

	/** The directory's text fields, read the way the catalogue reads its own ({@link TextQuery}). */
	private static final TextQuery TEXT = new TextQuery(List.of("name^3", "bio", "organisation^2"),
			List.of("name^2", "name.prefix", "bio.plain", "organisation.plain"), List.of());

	/** A directory of a few hundred people: one forgiving query, typos and all, costs less than a second one. */
	private static Query textQuery(String text) {
		return TEXT.query(text, TextQuery.Strictness.FORGIVING);
	}

	private static Query facetFilter(Map<Facet, List<String>> selected, Facet leaveOut) {
		BoolQuery.Builder bool = new BoolQuery.Builder();
		for (Facet facet : Facet.values()) {
			List<String> values = selected.getOrDefault(facet, List.of());
			if (facet != leaveOut && !values.isEmpty()) {
				List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
				bool.filter(f -> f.terms(t -> t.field(facet.field).terms(v -> v.value(terms))));
			}
		}
		return Query.of(q -> q.bool(bool.build()));
	}

	private List<FacetValue> facetValues(Facet facet, List<String> selected, Aggregate aggregate) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (StringTermsBucket bucket : aggregate.filter().aggregations().get("values").sterms().buckets().array()) {
			counts.put(bucket.key().stringValue(), bucket.docCount());
		}
		List<String> values = new ArrayList<>();
		this.taxonomy.terms(facet.kind).forEach(term -> values.add(term.code()));
		counts.keySet().stream().filter(value -> !values.contains(value)).forEach(values::add);
		return values.stream()
			.map(value -> new FacetValue(value, counts.getOrDefault(value, 0L), selected.contains(value)))
			.toList();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** The directory's facets, with the document field each counts. */
	enum Facet {

		PARTNERSHIP("partnership", "partnerships", Kind.PARTNERSHIP), ASPECT("aspect", "aspects", Kind.ASPECT),
		SECTOR("sector", "sectors", Kind.SECTOR), REGION("region", "region", Kind.REGION);

		final String parameter;

		final String field;

		final Kind kind;

		Facet(String parameter, String field, Kind kind) {
			this.parameter = parameter;
			this.field = field;
			this.kind = kind;
		}

	}

	record FacetValue(String value, long count, boolean selected) {
	}

	record Found(long total, List<ExpertDocument> experts, Map<String, List<FacetValue>> facets) {
	}

}
