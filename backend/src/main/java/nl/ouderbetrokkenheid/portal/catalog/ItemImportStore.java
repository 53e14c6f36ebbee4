package nl.ouderbetrokkenheid.portal.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch._types.FieldValue;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.alerts.NewPublications;
import nl.ouderbetrokkenheid.portal.system.Hashes;

import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;
import org.springframework.data.elasticsearch.core.query.FetchSourceFilter;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Stores a batch of imported items: one multi-get for the items already there, nothing written for an item whose
 * content did not change, slugs for new items, one bulk write for the rest.
 */
@Component
@RequiredArgsConstructor
class ItemImportStore {

	/** A good line made ready to store: its body's search text extracted and its content hashed. */
	record Prepared(long line, ItemInput input, String bodyText, String contentHash) {
	}

	/** What storing one batch did. */
	record Stored(int created, int updated, int unchanged) {
	}

	private final ReactiveElasticsearchOperations operations;

	private final ItemService items;

	private final NewPublications publications;

	private final Clock clock;

	/** The line made ready to store: the CPU-heavy part, done off the Elasticsearch client's threads. */
	Prepared prepare(long line, ItemInput input) {
		return new Prepared(line, input, this.items.searchText(input), ItemService.contentHash(input));
	}

	/** {@code slugsTaken}: the slugs this import gave out so far, shared by the batches stored at the same time. */
	Mono<Stored> store(List<Prepared> batch, Set<String> slugsTaken) {
		if (batch.isEmpty()) {
			return Mono.just(new Stored(0, 0, 0));
		}
		Map<String, Prepared> byId = new HashMap<>();
		batch.forEach(line -> byId.put(documentId(line.input().externalId()), line));
		return Mono.defer(() -> this.operations.multiGet(
				NativeQuery.builder().withIds(byId.keySet()).build(), ItemDocument.class,
				this.operations.getIndexCoordinatesFor(ItemDocument.class))
			.filter(result -> result.hasItem())
			.map(result -> result.getItem())
			.collectMap(ItemDocument::getId, Function.identity()))
			.flatMap(existing -> {
				List<ItemDocument> toWrite = new ArrayList<>();
				List<ItemDocument> fresh = new ArrayList<>();
				List<ItemDocument> newlyPublished = new ArrayList<>();
				int[] unchanged = { 0 };
				byId.forEach((id, line) -> {
					ItemDocument current = existing.get(id);
					if (current != null && line.contentHash().equals(current.getContentHash())) {
						unchanged[0]++;
						return;
					}
					ItemDocument item = (current != null) ? current : newDocument(id);
					boolean wasPublished = current != null && current.isPublished();
					this.items.apply(item, line.input(), line.bodyText(), line.contentHash());
					if (!wasPublished && item.isPublished()) {
						newlyPublished.add(item);
					}
					item.setSeqNoPrimaryTerm(null); // the import is authoritative for its own external ids
					if (current == null) {
						fresh.add(item);
					}
					toWrite.add(item);
				});
				Stored stored = new Stored(fresh.size(), toWrite.size() - fresh.size(), unchanged[0]);
				return assignSlugs(fresh, slugsTaken)
					.then(Mono.defer(() -> toWrite.isEmpty() ? Mono.empty()
							: this.operations.saveAll(Mono.just(toWrite), ItemDocument.class).then()))
					// After the items, with their slugs: one more bulk request for the saved searches to match later.
					.then(Mono.defer(() -> this.publications
						.recordAll(newlyPublished.stream().map(ItemPublications::of).toList())))
					.thenReturn(stored);
			});
	}

	/** Imported items get ids derived from their external id, so a second import finds them again. */
	static String documentId(String externalId) {
		return "imp-" + Hashes.sha256Hex(externalId, 12);
	}

	/** Slugs for new items: from the title, with a short suffix when the title's slug is already in use. */
	private Mono<Void> assignSlugs(List<ItemDocument> fresh, Set<String> slugsTaken) {
		if (fresh.isEmpty()) {
			return Mono.empty();
		}
		fresh.forEach(item -> item.setSlug(Slugs.of(item.getTitle())));
		List<FieldValue> candidates = fresh.stream().map(item -> FieldValue.of(item.getSlug())).distinct().toList();
		NativeQuery query = NativeQuery.builder()
			.withQuery(q -> q.terms(t -> t.field("slug").terms(v -> v.value(candidates))))
			.withSourceFilter(new FetchSourceFilter(true, new String[] { "slug" }, null))
			.withMaxResults(candidates.size())
			.build();
		IndexCoordinates index = this.operations.getIndexCoordinatesFor(ItemDocument.class);
		return this.operations.search(query, ItemDocument.class, index)
			.map(SearchHit::getContent)
			.map(ItemDocument::getSlug)
			.collect(Collectors.toSet())
			.doOnNext(inIndex -> fresh.forEach(item -> {
				if (inIndex.contains(item.getSlug()) || !slugsTaken.add(item.getSlug())) {
					item.setSlug(item.getSlug() + "-" + item.getId().substring(item.getId().length() - 6));
					slugsTaken.add(item.getSlug());
				}
			}))
			.then();
	}

	private ItemDocument newDocument(String id) {
		ItemDocument item = new ItemDocument();
		item.setId(id);
		item.setCreatedAt(this.clock.instant());
		return item;
	}

}
