package nl.ouderbetrokkenheid.portal.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.NamedValue;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.Hashes;
import nl.ouderbetrokkenheid.portal.system.JobLeases;
import nl.ouderbetrokkenheid.portal.system.JobRounds;
import nl.ouderbetrokkenheid.portal.system.ReadYourWrites;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexNames;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Searches that found nothing, kept without any trace of who searched, so editors learn what people look for and
 * the portal lacks: one document per normalised query with a count, deleted once the query has not come back for
 * {@code portal.search.misses-retention}. A query that looks like an e-mail address or a phone number is not kept.
 */
@Service
class SearchMisses {

	record Miss(String query, long count, String lastSeen) {
	}

	private static final int MAX_QUERY_LENGTH = 200;

	/** Concurrent searches for the same text race on the count; the loser reads again. */
	private static final int MAX_ATTEMPTS = 10;

	private static final Duration PURGE_INTERVAL = Duration.ofHours(1);

	private static final int PURGE_BATCH = 1000;

	private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+");

	/** Nine or more digits with only phone punctuation between them: 06-12345678, +31 6 1234 5678, 020 123 4567. */
	private static final Pattern PHONE = Pattern.compile("\\d(?:[\\s()./-]*\\d){8,}");

	private final ReactiveElasticsearchClient client;

	private final String index;

	private final JobLeases leases;

	private final JobRounds rounds;

	private final SearchProperties properties;

	private final Clock clock;

	SearchMisses(ReactiveElasticsearchClient client, IndexNames names, JobLeases leases, JobRounds rounds,
			SearchProperties properties, Clock clock) {
		this.client = client;
		this.index = names.alias("search-misses");
		this.leases = leases;
		this.rounds = rounds;
		this.properties = properties;
		this.clock = clock;
	}

	/** Counts a miss. Scriptless: read the count, write it plus one if no one else has written since, else again. */
	Mono<Void> record(String text) {
		String folded = TextNormalizer.fold(text);
		String query = (folded.length() > MAX_QUERY_LENGTH) ? folded.substring(0, MAX_QUERY_LENGTH).strip() : folded;
		if (query.isEmpty() || looksPersonal(folded)) {
			return Mono.empty();
		}
		String id = idOf(query);
		return Mono.defer(() -> increment(id, query))
			.retryWhen(Retry.max(MAX_ATTEMPTS - 1).filter(Conflicts::isConflict))
			.then();
	}

	@SuppressWarnings("rawtypes")
	private Mono<Void> increment(String id, String query) {
		String now = this.clock.instant().toString();
		return Mono.defer(() -> this.client.get(get -> get.index(this.index).id(id), Map.class)).flatMap(current -> {
			if (!current.found()) {
				return Mono.defer(() -> this.client.index(create -> create.index(this.index)
					.id(id)
					.opType(OpType.Create)
					.document(Map.of("query", query, "count", 1, "at", now))));
			}
			long count = (current.source().get("count") instanceof Number number) ? number.longValue() : 1;
			return Mono.defer(() -> this.client.index(update -> update.index(this.index)
				.id(id)
				.ifSeqNo(current.seqNo())
				.ifPrimaryTerm(current.primaryTerm())
				.document(Map.of("query", query, "count", count + 1, "at", now))));
		}).then();
	}

	/** The id of a normalised query: the same text always lands on the same document. */
	static String idOf(String query) {
		return Hashes.sha256Hex(query);
	}

	/** Whether the text holds something that identifies a person: an e-mail address or a phone number. */
	static boolean looksPersonal(String text) {
		return EMAIL.matcher(text).find() || PHONE.matcher(text).find();
	}

	/** The most frequent misses within the retention period, most frequent first. */
	Mono<List<Miss>> top(int size) {
		Instant since = this.clock.instant().minus(this.properties.missesRetention());
		// Summed per query rather than read from one document: documents from before de-duplication (v1) have no
		// count and a random id, so one query may still have several.
		return Mono.defer(() -> this.client.search(s -> s.index(this.index)
			.size(0)
			.query(q -> q.range(r -> r.date(d -> d.field("at").gte(since.toString()))))
			.aggregations("queries", a -> a
				.terms(t -> t.field("query").size(size).order(NamedValue.of("total", SortOrder.Desc)))
				.aggregations("total", total -> total.sum(m -> m.field("count").missing(1)))
				.aggregations("last", last -> last.max(m -> m.field("at")))), Void.class))
			.map(response -> response.aggregations()
				.get("queries")
				.sterms()
				.buckets()
				.array()
				.stream()
				.map(bucket -> new Miss(bucket.key().stringValue(),
						Math.round(bucket.aggregations().get("total").sum().value()),
						bucket.aggregations().get("last").max().valueAsString()))
				.toList());
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.rounds.every(Duration.ofMinutes(1), PURGE_INTERVAL, "Search misses purge", () -> this.leases
			.runExclusively("search-misses-purge", JobRounds.lease(PURGE_INTERVAL), purgeExpired()));
	}

	/** Deletes the misses not seen within the retention period, a batch at a time; completes with how many. */
	Mono<Long> purgeExpired() {
		Instant before = this.clock.instant().minus(this.properties.missesRetention());
		return purgeBatch(before).expand(deleted -> (deleted < PURGE_BATCH) ? Mono.empty() : purgeBatch(before))
			.reduce(0L, Long::sum);
	}

	private Mono<Long> purgeBatch(Instant before) {
		return Mono.defer(() -> this.client.search(s -> s.index(this.index)
			.size(PURGE_BATCH)
			.seqNoPrimaryTerm(true)
			.source(source -> source.fetch(false))
			.query(q -> q.range(r -> r.date(d -> d.field("at").lt(before.toString())))), Void.class))
			.map(response -> response.hits().hits())
			.flatMap(hits -> hits.isEmpty() ? Mono.just(0L)
					// Each delete names the version the search saw: a miss seen again since then stays. Waits for
					// the refresh, so the next batch's search no longer finds these.
					: Mono.defer(() -> this.client.bulk(bulk -> bulk.refresh(ReadYourWrites.refresh(true))
						.operations(hits.stream()
							.map(hit -> BulkOperation.of(op -> op.delete(delete -> delete.index(this.index)
								.id(hit.id())
								.ifSeqNo(hit.seqNo())
								.ifPrimaryTerm(hit.primaryTerm()))))
							.toList())))
						.map(response -> response.items().stream().filter(item -> item.error() == null).count()));
	}

}
