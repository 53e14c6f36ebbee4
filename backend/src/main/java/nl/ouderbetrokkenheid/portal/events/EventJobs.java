package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.mail.Outbox;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.JobFailures;
import nl.ouderbetrokkenheid.portal.system.JobLeases;
import nl.ouderbetrokkenheid.portal.system.JobRounds;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The events feature's background work, scheduled on every replica and run by whichever wins the job's lease:
 * reminders two days ahead, anonymisation after the configured months, and recovery of registrations whose
 * settlement was interrupted. Each job is idempotent on its own (deterministic mail keys, anonymising twice is
 * anonymising once), the lease only avoids doing the work twice.
 */
@Component
@RequiredArgsConstructor
class EventJobs {

	static final String RECOVERY = "events-recovery";

	static final String REMINDERS = "events-reminders";

	static final String ANONYMISATION = "events-anonymisation";

	private static final int SETTLE_CONCURRENCY = 32;

	private static final int BATCH = 500;

	/**
	 * The jobs' searches are unpaged: Spring Data then reads every hit through a point in time with search_after,
	 * however many there are. (A query without any pageable is not unpaged: it answers 10 hits.)
	 */
	private static final Pageable EVERYTHING = Pageable.unpaged();

	private final ReactiveElasticsearchOperations operations;

	private final JobLeases leases;

	private final RegistrationService registrationService;

	private final RegistrationRepository registrations;

	private final SeatLedger ledger;

	private final RegistrationAnonymiser anonymiser;

	private final Outbox outbox;

	private final EventMails mails;

	private final EventsProperties properties;

	private final JobFailures failures;

	private final JobRounds rounds;

	private final Clock clock;

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		Duration interval = this.properties.jobInterval();
		this.rounds.every(interval, interval, "Event jobs", this::runAll);
	}

	Mono<Void> runAll() {
		Duration lease = JobRounds.lease(this.properties.jobInterval());
		// Each job on its own: one that fails as a whole (its search, say) does not keep the others from running.
		return Flux.just(RECOVERY, REMINDERS, ANONYMISATION)
			.concatMap(job -> this.failures.isolate(job, null, this.leases.runExclusively(job, lease, run(job))))
			.then();
	}

	private Mono<Long> run(String job) {
		return switch (job) {
			case RECOVERY -> recover();
			case REMINDERS -> sendReminders();
			default -> anonymise();
		};
	}

	/** Settles registrations left PENDING and re-projects ledgers of upcoming events. */
	Mono<Long> recover() {
		Instant staleBefore = this.clock.instant().minusSeconds(30);
		NativeQuery pending = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("status").value("PENDING")))
				.filter(f -> f.range(r -> r.date(d -> d.field("updatedAt").lt(staleBefore.toString()))))))
			.withPageable(EVERYTHING)
			.build();
		// Settles run side by side, so the seat ledger can group those of one event into one write.
		Mono<Long> settled = Flux.defer(() -> this.operations.search(pending, RegistrationDocument.class))
			.map(SearchHit::getContent)
			.flatMap(registration -> this.failures.isolate(RECOVERY, registration.getId(),
					this.registrationService.settlePending(registration).thenReturn(1L)), SETTLE_CONCURRENCY)
			.count();
		Mono<Long> reconciled = upcoming(this.clock.instant())
			.concatMap(event -> this.failures.isolate(RECOVERY, event.getId(),
					this.ledger.reconcile(event).thenReturn(1L)))
			.count();
		return settled.zipWith(reconciled, Long::sum);
	}

	/** Queues a reminder for every confirmed registration of events starting within the lead time. */
	Mono<Long> sendReminders() {
		Instant now = this.clock.instant();
		Instant horizon = now.plus(this.properties.reminderLead());
		NativeQuery due = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("status").value("PUBLISHED")))
				.filter(f -> f.range(r -> r.date(d -> d.field("startsAt").gt(now.toString()).lte(horizon.toString()))))
				.mustNot(m -> m.exists(e -> e.field("reminderSentAt")))))
			.withPageable(EVERYTHING)
			.build();
		return Flux.defer(() -> this.operations.search(due, EventDocument.class))
			.map(SearchHit::getContent)
			.concatMap(event -> {
				AtomicInteger failed = new AtomicInteger();
				Mono<Long> queued = this.registrations.streamAllByEventId(event.getId())
					.filter(registration -> registration.getStatus() == RegistrationDocument.Status.CONFIRMED
							&& registration.getEmail() != null)
					.concatMap(registration -> this.failures
						.isolate(REMINDERS, registration.getId(),
								Mono.fromCallable(() -> this.mails.reminder(event, registration)))
						.switchIfEmpty(Mono.fromRunnable(failed::incrementAndGet)))
					.buffer(BATCH)
					// Mail keys are deterministic: a batch queued again (say by the next run) is queued once.
					.concatMap(batch -> this.outbox.enqueueAll(batch).thenReturn((long) batch.size()))
					.reduce(0L, Long::sum)
					// Marked only once every reminder is queued: otherwise the next run tries the rest again.
					.flatMap(count -> (failed.get() == 0)
							? stamp(event.getId(), EventDocument::setReminderSentAt).thenReturn(count)
							: Mono.just(count));
				return this.failures.isolate(REMINDERS, event.getId(), queued);
			})
			.reduce(0L, Long::sum);
	}

	/**
	 * Stamps the event with the time a job finished with it (reminded, anonymised), on the newest version: a conflict
	 * with an organiser's edit reads the event again.
	 */
	private Mono<Void> stamp(String eventId, BiConsumer<EventDocument, Instant> field) {
		return Mono.defer(() -> this.operations.get(eventId, EventDocument.class)).flatMap(event -> {
			field.accept(event, this.clock.instant());
			return this.operations.save(event);
		}).retryWhen(Retry.max(5).filter(Conflicts::isConflict)).then();
	}

	/** Anonymises the registrations of events that ended more than the configured months ago. */
	Mono<Long> anonymise() {
		Instant cutoff = this.clock.instant()
			.atOffset(ZoneOffset.UTC)
			.minusMonths(this.properties.anonymiseAfterMonths())
			.toInstant();
		NativeQuery ended = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> b.filter(f -> f.range(r -> r.date(d -> d.field("endsAt").lt(cutoff.toString()))))
				.mustNot(m -> m.exists(e -> e.field("anonymisedAt")))))
			.withPageable(EVERYTHING)
			.build();
		return Flux.defer(() -> this.operations.search(ended, EventDocument.class))
			.map(SearchHit::getContent)
			.concatMap(event -> this.failures.isolate(ANONYMISATION, event.getId(),
					this.anonymiser.anonymiseAll(this.registrations.streamAllByEventId(event.getId()))
						// Marked only when none failed: otherwise the next run tries those again.
						.flatMap(result -> (result.failed() == 0)
								? stamp(event.getId(), EventDocument::setAnonymisedAt).thenReturn(result.anonymised())
								: Mono.just(result.anonymised()))))
			.reduce(0L, Long::sum);
	}


	private Flux<EventDocument> upcoming(Instant now) {
		NativeQuery query = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> b.filter(f -> f.range(r -> r.date(d -> d.field("endsAt").gte(now.toString()))))))
			.withPageable(EVERYTHING)
			.build();
		return Flux.defer(() -> this.operations.search(query, EventDocument.class)).map(SearchHit::getContent);
	}

}
