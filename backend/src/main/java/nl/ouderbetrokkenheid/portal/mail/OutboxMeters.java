package nl.ouderbetrokkenheid.portal.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import nl.ouderbetrokkenheid.portal.system.JobRounds;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.query.FetchSourceFilter;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * How far behind the mail is, for operators: mails waiting (pending or being sent), mails given up on, and how long
 * the oldest waiting mail has waited. Read from the outbox every {@link #REFRESH}, not per scrape, so scraping costs
 * Elasticsearch nothing however often it happens; the age is counted from the stored creation time, so it grows
 * between refreshes as it really does.
 */
@Component
class OutboxMeters {

	static final Duration REFRESH = Duration.ofSeconds(30);

	private final ReactiveElasticsearchOperations operations;

	private final JobRounds rounds;

	private final Clock clock;

	private volatile double waiting = Double.NaN;

	private volatile double failed = Double.NaN;

	/** Creation time of the oldest waiting mail; null when none waits. */
	private volatile Instant oldestWaiting;

	OutboxMeters(ReactiveElasticsearchOperations operations, JobRounds rounds, Clock clock, MeterRegistry meters) {
		this.operations = operations;
		this.rounds = rounds;
		this.clock = clock;
		Gauge.builder("portal.outbox.waiting", this, m -> m.waiting)
			.description("Mails pending or being sent (all replicas; refreshed every 30 s)")
			.register(meters);
		Gauge.builder("portal.outbox.failed", this, m -> m.failed)
			.description("Mails given up on after every retry, kept until the retention period ends")
			.register(meters);
		TimeGauge.builder("portal.outbox.oldest.waiting.age", this, TimeUnit.SECONDS, OutboxMeters::oldestAge)
			.description("How long the oldest pending mail has waited; 0 when none waits")
			.register(meters);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.rounds.every(Duration.ZERO, REFRESH, "Outbox meters", this::refresh);
	}

	Mono<Void> refresh() {
		NativeQuery oldestWaitingMail = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> b.filter(f -> f.terms(t -> t.field("status")
				.terms(v -> v.value(List.of(FieldValue.of("PENDING"), FieldValue.of("SENDING"))))))))
			.withSort(Sort.by("createdAt"))
			.withSourceFilter(new FetchSourceFilter(true, new String[] { "createdAt" }, null))
			.withTrackTotalHits(true)
			.withMaxResults(1)
			.build();
		NativeQuery givenUp = NativeQuery.builder()
			.withQuery(q -> q.term(t -> t.field("status").value("FAILED")))
			.build();
		Mono<Void> waitingMails = Mono.defer(() -> this.operations.searchForHits(oldestWaitingMail, OutboxDocument.class))
			.flatMap(hits -> hits.getSearchHits().next().map(hit -> hit.getContent().getCreatedAt())
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.doOnNext(oldest -> {
					this.waiting = hits.getTotalHits();
					this.oldestWaiting = oldest.orElse(null);
				}))
			.then();
		Mono<Void> failedMails = Mono.defer(() -> this.operations.count(givenUp, OutboxDocument.class))
			.doOnNext(count -> this.failed = count)
			.then();
		return waitingMails.then(failedMails);
	}

	private double oldestAge() {
		Instant oldest = this.oldestWaiting;
		if (oldest == null) {
			return Double.isNaN(this.waiting) ? Double.NaN : 0;
		}
		return Math.max(0, Duration.between(oldest, this.clock.instant()).toMillis() / 1000.0);
	}

}
