package nl.ouderbetrokkenheid.portal.catalog;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.system.pages.AtomFeed;
import nl.ouderbetrokkenheid.portal.system.pages.PageHead;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;

import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import reactor.core.publisher.Mono;

/** The newest published items as an Atom feed, for one partnership, sector or kind of item if asked. */
@RestController
@RequiredArgsConstructor
class ItemFeedController {

	private final ReactiveElasticsearchOperations operations;

	private final Taxonomy taxonomy;

	private final AtomFeed feed;

	@GetMapping("/feeds/items.atom")
	Mono<ResponseEntity<String>> items(@RequestParam(required = false) String partnership,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String type) {
		List<Problems.FieldError> errors = new ArrayList<>();
		errors.addAll(this.taxonomy.check("partnership", Taxonomy.Kind.PARTNERSHIP, partnership));
		errors.addAll(this.taxonomy.check("sector", Taxonomy.Kind.SECTOR, sector));
		errors.addAll(this.taxonomy.check("type", Taxonomy.Kind.CONTENT_TYPE, type));
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidRequestException(errors));
		}
		BoolQuery.Builder filters = new BoolQuery.Builder().filter(f -> f.term(t -> t.field("published").value(true)));
		List<String> named = new ArrayList<>();
		UriComponentsBuilder self = UriComponentsBuilder.fromPath("/feeds/items.atom");
		select(filters, named, self, "partnerships", "partnership", Taxonomy.Kind.PARTNERSHIP, partnership);
		select(filters, named, self, "sectors", "sector", Taxonomy.Kind.SECTOR, sector);
		select(filters, named, self, "type", "type", Taxonomy.Kind.CONTENT_TYPE, type);
		NativeQuery query = NativeQuery.builder()
			.withQuery(Query.of(q -> q.bool(filters.build())))
			.withSort(Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("updatedAt")))
			.withMaxResults(AtomFeed.SIZE)
			.build();
		String title = named.isEmpty() ? "Nieuw in de catalogus" : "Nieuw: " + String.join(", ", named);
		return this.operations.search(query, ItemDocument.class)
			.map(SearchHit::getContent)
			.map(item -> new AtomFeed.Entry("/items/" + item.getSlug(), item.getTitle(),
					PageHead.summary((item.getSummary() != null) ? item.getSummary() : item.getBody()),
					(item.getUpdatedAt() != null) ? item.getUpdatedAt() : item.getCreatedAt(), item.getOrganisation()))
			.collectList()
			.map(entries -> this.feed.write(self.build().encode().toUriString(), title, entries));
	}

	private void select(BoolQuery.Builder filters, List<String> named, UriComponentsBuilder self, String field,
			String parameter, Taxonomy.Kind kind, String written) {
		if (written == null || written.isBlank()) {
			return;
		}
		String code = this.taxonomy.codeFor(kind, written).orElseThrow();
		filters.filter(f -> f.term(t -> t.field(field).value(code)));
		self.queryParam(parameter, code);
		this.taxonomy.terms(kind).stream().filter(term -> term.code().equals(code)).findFirst()
			.ifPresent(term -> named.add(term.nl().toLowerCase(java.util.Locale.ROOT)));
	}

}
