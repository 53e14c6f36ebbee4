package nl.ouderbetrokkenheid.portal.alerts;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.Contacts;
import nl.ouderbetrokkenheid.portal.mail.Outbox;
import nl.ouderbetrokkenheid.portal.system.ExclusiveJobs;
import nl.ouderbetrokkenheid.portal.system.JobFailures;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends the digests that are due: per member and frequency, one mail with the unsent matches of their due saved
 * searches, through the outbox. The matches are marked sent and the searches' next digest set only after the mail is
 * queued; the mail's key is per member, frequency and day, so a round that stops half-way and runs again sends once.
 */
@Component
@RequiredArgsConstructor
class Digests {

	static final String JOB = "alerts-digests";

	/** The most matches one digest lists; the rest follow in the next one. */
	static final int MAX_MATCHES = 200;

	/** The jobs' searches are unpaged: Spring Data reads every hit through a point in time with search_after. */
	private static final Pageable EVERYTHING = Pageable.unpaged();

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX")
		.withZone(ZoneOffset.UTC);

	private final ReactiveElasticsearchOperations operations;

	private final ReactiveElasticsearchClient client;

	private final Contacts contacts;

	private final Outbox outbox;

	private final DigestMails mails;

	private final ExclusiveJobs jobs;

	private final JobFailures failures;

	private final AlertsProperties properties;

	private final Clock clock;

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.jobs.every(this.properties.digestInterval(), JOB, "Saved-search digests", () -> send(this.clock.instant()));
	}

	/** Builds and queues every digest due at {@code now}; completes with the number of mails queued. */
	Mono<Long> send(Instant now) {
		return send(now, false);
	}

	/**
	 * As {@link #send(Instant)}; with {@code early}, every daily and weekly digest goes now, whether due or not (an
	 * operator's round on demand). Each search's next digest then follows from now, as after a scheduled round.
	 */
	Mono<Long> send(Instant now, boolean early) {
		List<FieldValue> following = List.of(FieldValue.of(Frequency.DAILY.name()), FieldValue.of(Frequency.WEEKLY.name()));
		NativeQuery due = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> {
				b.filter(f -> f.terms(t -> t.field("frequency").terms(v -> v.value(following))));
				if (!early) {
					b.filter(f -> f.range(r -> r.date(d -> d.field("nextDigestAt").lte(now.toString()))));
				}
				return b;
			}))
			.withPageable(EVERYTHING)
			.build();
		return Flux.defer(() -> this.operations.search(due, SavedSearchDocument.class))
			.map(SearchHit::getContent)
			.collectList()
			.flatMapMany(searches -> {
				Map<String, List<SavedSearchDocument>> groups = new LinkedHashMap<>();
				searches.forEach(search -> groups
					.computeIfAbsent(search.getOwner() + "\n" + search.getFrequency(), key -> new ArrayList<>())
					.add(search));
				return Flux.fromIterable(groups.values());
			})
			.concatMap(group -> this.failures.isolate(JOB, group.getFirst().getId(), digest(group, now, early)))
			.reduce(0L, Long::sum);
	}

	private Mono<Long> digest(List<SavedSearchDocument> searches, Instant now, boolean early) {
		SavedSearchDocument first = searches.getFirst();
		List<FieldValue> ids = searches.stream().map(search -> FieldValue.of(search.getId())).toList();
		NativeQuery unsent = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> b.filter(f -> f.terms(t -> t.field("savedSearch").terms(v -> v.value(ids))))
				.mustNot(m -> m.exists(e -> e.field("sentAt")))))
			.withSort(Sort.by("matchedAt", "id"))
			.withPageable(PageRequest.of(0, MAX_MATCHES))
			.build();
		return Flux.defer(() -> this.operations.search(unsent, MatchDocument.class))
			.map(SearchHit::getContent)
			.collectList()
			.flatMap(matches -> {
				Mono<Boolean> mail = matches.isEmpty() ? Mono.just(false)
						: this.contacts.of(first.getOwner())
							.flatMap(contact -> this.outbox
								.enqueue(this.mails.digest(contact, first.getFrequency(), searches, matches, now, early))
								.thenReturn(true))
							.defaultIfEmpty(false);
				return mail.flatMap(sent -> markSent(matches, now).then(advance(searches, now)).thenReturn(sent ? 1L : 0L));
			});
	}

	private Mono<Void> markSent(List<MatchDocument> matches, Instant now) {
		if (matches.isEmpty()) {
			return Mono.empty();
		}
		Map<String, Object> sent = Map.of("sentAt", timestamp(now));
		return bulkUpdate(this.operations.getIndexCoordinatesFor(MatchDocument.class).getIndexName(),
				matches.stream().map(MatchDocument::getId).toList(), id -> sent);
	}

	/** The next digest of each search, after this one; a search deleted meanwhile is simply not there. */
	private Mono<Void> advance(List<SavedSearchDocument> searches, Instant now) {
		Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
		for (SavedSearchDocument search : searches) {
			Map<String, Object> change = new LinkedHashMap<>();
			change.put("lastDigestAt", timestamp(now));
			change.put("nextDigestAt", timestamp(search.getFrequency().nextDigestAfter(now)));
			changes.put(search.getId(), change);
		}
		return bulkUpdate(this.operations.getIndexCoordinatesFor(SavedSearchDocument.class).getIndexName(),
				List.copyOf(changes.keySet()), changes::get);
	}

	/** As {@code @Timestamp} writes instants (date_time: milliseconds and offset), so the documents read back. */
	private static String timestamp(Instant instant) {
		return TIMESTAMP.format(instant);
	}

	private Mono<Void> bulkUpdate(String index, List<String> ids, java.util.function.Function<String, Map<String, Object>> change) {
		return Mono.defer(() -> this.client.bulk(bulk -> {
			ids.forEach(id -> bulk.operations(op -> op.update(u -> u.index(index).id(id).action(a -> a.doc(change.apply(id))))));
			return bulk;
		})).flatMap(response -> {
			List<BulkResponseItem> failed = response.items()
				.stream()
				.filter(item -> item.error() != null && item.status() != 404)
				.toList();
			return failed.isEmpty() ? Mono.<Void>empty()
					: Mono.error(new IllegalStateException("%d updates failed, first: %s".formatted(failed.size(),
							failed.getFirst().error().reason())));
		});
	}

}
