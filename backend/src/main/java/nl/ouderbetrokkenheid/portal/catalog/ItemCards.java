package nl.ouderbetrokkenheid.portal.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
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

}
