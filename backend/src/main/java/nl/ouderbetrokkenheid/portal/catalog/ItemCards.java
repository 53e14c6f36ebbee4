package nl.ouderbetrokkenheid.portal.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;

import lombok.RequiredArgsConstructor;

import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** Published items as cards (title, summary, link) for other features' lists, read by id in one request. */
@Component
@RequiredArgsConstructor
public class ItemCards {

	/** An item in a list: enough to show it and link to its page ({@code /items/<slug>}). */
	public record Card(String id, String slug, String type, String title, String summary) {
	}

	private final ReactiveElasticsearchOperations operations;

	/** The published items among {@code ids}, by id; an unpublished or deleted item is left out. */
	public Mono<Map<String, Card>> published(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Mono.just(Map.of());
		}
		return Mono.defer(() -> this.operations
			.multiGet(NativeQuery.builder().withIds(ids).build(), ItemDocument.class,
					this.operations.getIndexCoordinatesFor(ItemDocument.class))
			.filter(result -> result.hasItem() && result.getItem().isPublished())
			.map(result -> result.getItem())
			.collectMap(ItemDocument::getId, item -> new Card(item.getId(), item.getSlug(), item.getType(),
					item.getTitle(), item.getSummary()), LinkedHashMap::new));
	}


	/**
	 * An organisation's shared practice: published items with one of the given slugs, and published practice examples
	 * that name the organisation (as a phrase, case and accents folded); at most {@code max}, newest first.
	 */
	public Mono<List<Card>> practice(String organisation, Collection<String> slugs, int max) {
		List<FieldValue> wanted = slugs.stream().map(FieldValue::of).toList();
		NativeQuery query = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> {
				b.filter(f -> f.term(t -> t.field("published").value(true))).minimumShouldMatch("1");
				if (!wanted.isEmpty()) {
					b.should(s -> s.terms(t -> t.field("slug").terms(v -> v.value(wanted))));
				}
				if (organisation != null && !organisation.isBlank()) {
					b.should(s -> s.bool(o -> o.filter(f -> f.term(t -> t.field("type").value("PRACTICE_EXAMPLE")))
						.must(m -> m.matchPhrase(p -> p.field("organisation.plain").query(organisation)))));
				}
				return b;
			}))
			.withSort(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC,
					"createdAt"))
			.withPageable(PageRequest.of(0, max))
			.build();
		if (wanted.isEmpty() && (organisation == null || organisation.isBlank())) {
			return Mono.just(List.of());
		}
		return Mono.defer(() -> this.operations.search(query, ItemDocument.class)
			.map(SearchHit::getContent)
			.map(item -> new Card(item.getId(), item.getSlug(), item.getType(), item.getTitle(), item.getSummary()))
			.collectList());
	}

}
