package nl.ouderbetrokkenheid.portal.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.DocumentWrites;
import nl.ouderbetrokkenheid.portal.system.ExclusiveJobs;
import nl.ouderbetrokkenheid.portal.system.Hashes;
import nl.ouderbetrokkenheid.portal.system.JobFailures;
import nl.ouderbetrokkenheid.portal.system.ReadYourWrites;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;

/**
 * Matches the queued publications against every saved search with one percolate request per batch of publications
 * (the percolator runs each stored query against the batch and says which publications it matched), stores the
 * matches and only then removes the batch from the queue. Saved searches are never run on a timer: a saved search
 * costs nothing until something new is published. Idempotent: match ids are derived from search and publication.
 */
@Component
@RequiredArgsConstructor
class Percolation {

	static final String JOB = "alerts-matching";

	/** Stored queries read per page of the percolate answer. */
	private static final int PAGE = 1000;

	/** A round stops after this many batches; the next round goes on, so one round never holds its lease for long. */
	private static final int MAX_BATCHES_PER_ROUND = 50;

	private static final String SLOT = "_percolator_document_slot";

	private final ReactiveElasticsearchOperations operations;

	private final ReactiveElasticsearchClient client;

	private final DocumentWrites writes;

	private final ExclusiveJobs jobs;

	private final JobFailures failures;

	private final AlertsProperties properties;

	private final Clock clock;

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.jobs.every(this.properties.matchInterval(), JOB, "Saved-search matching", this::drain);
	}

	/** Matches queued publications batch by batch until the queue is empty; completes with how many were matched. */
	Mono<Long> drain() {
		return drain(0);
	}

	/**
	 * As {@link #drain()}, for a round on demand that must take every publication made before it: publishing queues
	 * without a refresh (it never waits on the saved searches), so the queue is refreshed once first.
	 */
	Mono<Long> drainAllQueued() {
		return ReadYourWrites.visibleAfterBatch(this.operations, PublicationQueueDocument.class).then(drain());
	}

	private Mono<Long> drain(int batches) {
		if (batches >= MAX_BATCHES_PER_ROUND) {
			return Mono.just(0L);
		}
		return nextBatch().flatMap(done -> (done == 0) ? Mono.just(0L) : drain(batches + 1).map(rest -> rest + done));
	}

	private Mono<Long> nextBatch() {
		NativeQuery oldestFirst = NativeQuery.builder()
			.withQuery(q -> q.matchAll(m -> m))
			.withSort(Sort.by("queuedAt", "id"))
			.withPageable(PageRequest.of(0, this.properties.matchBatch()))
			.build();
		return Flux.defer(() -> this.operations.search(oldestFirst, PublicationQueueDocument.class))
			.map(SearchHit::getContent)
			.collectList()
			.flatMap(batch -> batch.isEmpty() ? Mono.just(0L)
					: matchBatch(batch).then(remove(batch)).thenReturn((long) batch.size()));
	}

	/**
	 * One request for the batch; should it fail as a whole (a document the mapping refuses), each publication on its
	 * own, so the bad one is counted as a job failure and the others still reach their readers.
	 */
	private Mono<Void> matchBatch(List<PublicationQueueDocument> batch) {
		return percolate(batch).flatMap(this::store).onErrorResume(ex -> (batch.size() == 1) ? Mono.error(ex)
				: Flux.fromIterable(batch)
					.concatMap(one -> this.failures.isolate(JOB, one.getId(),
							percolate(List.of(one)).flatMap(this::store).thenReturn(true)))
					.then());
	}

	/** Every saved search (daily or weekly) that matches a publication of the batch, as matches to store. */
	Mono<List<MatchDocument>> percolate(List<PublicationQueueDocument> batch) {
		List<JsonData> documents = batch.stream().map(queued -> JsonData.of(queued.getPercolated())).toList();
		return page(batch, documents, null, new ArrayList<>());
	}

	@SuppressWarnings("rawtypes")
	private Mono<List<MatchDocument>> page(List<PublicationQueueDocument> batch, List<JsonData> documents,
			String after, List<MatchDocument> found) {
		String index = this.operations.getIndexCoordinatesFor(SavedSearchDocument.class).getIndexName();
		List<FieldValue> following = List.of(FieldValue.of(Frequency.DAILY.name()), FieldValue.of(Frequency.WEEKLY.name()));
		SearchRequest request = SearchRequest.of(s -> {
			s.index(index)
				.size(PAGE)
				.source(src -> src.filter(f -> f.includes("owner")))
				.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))
				.query(q -> q.bool(b -> b.filter(f -> f.terms(t -> t.field("frequency").terms(v -> v.value(following))))
					.must(m -> m.percolate(p -> p.field("query").documents(documents)))));
			if (after != null) {
				s.searchAfter(FieldValue.of(after));
			}
			return s;
		});
		Instant now = this.clock.instant();
		return Mono.defer(() -> this.client.search(request, Map.class)).flatMap(response -> {
			List<Hit<Map>> hits = response.hits().hits();
			for (Hit<Map> hit : hits) {
				String owner = (String) hit.source().get("owner");
				JsonData slots = hit.fields().get(SLOT);
				if (slots == null) {
					continue;
				}
				for (JsonValue slot : slots.toJson().asJsonArray()) {
					found.add(match(hit.id(), owner, batch.get(((JsonNumber) slot).intValue()), now));
				}
			}
			return (hits.size() < PAGE) ? Mono.just(found) : page(batch, documents, hits.getLast().id(), found);
		});
	}

	private static MatchDocument match(String savedSearch, String owner, PublicationQueueDocument publication,
			Instant now) {
		MatchDocument match = new MatchDocument();
		match.setId(Hashes.sha256Hex(savedSearch + "\n" + publication.getId(), 16));
		match.setSavedSearch(savedSearch);
		match.setOwner(owner);
		match.setKind(publication.getKind());
		match.setRef(publication.getRef());
		match.setPath(publication.getPath());
		match.setTitle(publication.getTitle());
		match.setMatchedAt(now);
		return match;
	}

	/** Creates the matches in bulk; one already there (matched before) stays as it is. */
	private Mono<Void> store(List<MatchDocument> matches) {
		// Answered once searches show the matches: a digest round right after this one (on demand, or on another
		// replica, which finds the batch gone from the queue) must find them unsent.
		return this.writes.createAll(matches, MatchDocument::getId, true);
	}

	private Mono<Void> remove(List<PublicationQueueDocument> batch) {
		return Mono.defer(() -> {
			String index = this.operations.getIndexCoordinatesFor(PublicationQueueDocument.class).getIndexName();
			// Answered once searches no longer show the batch: the next batch's search must not find it again.
			return this.client.bulk(bulk -> {
				bulk.refresh(ReadYourWrites.refresh(true));
				batch.forEach(queued -> bulk.operations(op -> op.delete(d -> d.index(index).id(queued.getId()))));
				return bulk;
			});
		}).flatMap(response -> failures(response.items(), 404));
	}

	private static Mono<Void> failures(List<BulkResponseItem> items, int harmless) {
		List<BulkResponseItem> failed = items.stream()
			.filter(item -> item.error() != null && item.status() != harmless)
			.toList();
		return failed.isEmpty() ? Mono.empty()
				: Mono.error(new IllegalStateException("%d bulk operations failed, first: %s".formatted(failed.size(),
						failed.getFirst().error().reason())));
	}

}
