package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import nl.ouderbetrokkenheid.portal.mail.Outbox;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.JobLeases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Component;

import reactor.core.Disposable;
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
class EventJobs {

	private static final Logger logger = LoggerFactory.getLogger(EventJobs.class);

	private final ReactiveElasticsearchOperations operations;

	private final JobLeases leases;

	private final RegistrationService registrationService;

	private final RegistrationRepository registrations;

	private final SeatLedger ledger;

	private final RegistrationAnonymiser anonymiser;

	private final Outbox outbox;

	private final EventMails mails;

	private final EventsProperties properties;

	private final Clock clock;

	private Disposable loop;

	EventJobs(ReactiveElasticsearchOperations operations, JobLeases leases, RegistrationService registrationService,
			RegistrationRepository registrations, SeatLedger ledger, RegistrationAnonymiser anonymiser, Outbox outbox,
			EventMails mails, EventsProperties properties, Clock clock) {
		this.operations = operations;
		this.leases = leases;
		this.registrationService = registrationService;
		this.registrations = registrations;
		this.ledger = ledger;
		this.anonymiser = anonymiser;
		this.outbox = outbox;
		this.mails = mails;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		Duration interval = this.properties.jobInterval();
		this.loop = Flux.interval(interval, interval)
			.onBackpressureDrop()
			.concatMap(tick -> runAll().onErrorResume(ex -> {
				logger.warn("Event jobs failed: {}", ex.toString());
				return Mono.empty();
			}), 1)
			.subscribe();
	}

	@EventListener(ContextClosedEvent.class)
	void stop() {
		if (this.loop != null) {
			this.loop.dispose();
		}
	}

	Mono<Void> runAll() {
		Duration lease = this.properties.jobInterval().multipliedBy(9).dividedBy(10);
		return this.leases.runExclusively("events-recovery", lease, recover())
			.then(this.leases.runExclusively("events-reminders", lease, sendReminders()))
			.then(this.leases.runExclusively("events-anonymisation", lease, anonymise()))
			.then();
	}

	/** Settles registrations left PENDING and re-projects ledgers of upcoming events. */
	Mono<Long> recover() {
		Instant staleBefore = this.clock.instant().minusSeconds(30);
		NativeQuery pending = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("status").value("PENDING")))
				.filter(f -> f.range(r -> r.date(d -> d.field("updatedAt").lt(staleBefore.toString()))))))
			.withMaxResults(1000)
			.build();
		Mono<Long> settled = Flux.defer(() -> this.operations.search(pending, RegistrationDocument.class))
			.map(SearchHit::getContent)
			.concatMap(registration -> this.registrationService.settlePending(registration).thenReturn(1L))
			.count();
		Mono<Long> reconciled = upcoming(this.clock.instant())
			.concatMap(event -> this.ledger.reconcile(event).thenReturn(1L))
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
			.withMaxResults(200)
			.build();
		return Flux.defer(() -> this.operations.search(due, EventDocument.class))
			.map(SearchHit::getContent)
			.concatMap(event -> this.registrationService.all(event.getId())
				.filter(registration -> registration.getStatus() == RegistrationDocument.Status.CONFIRMED
						&& registration.getEmail() != null)
				.concatMap(registration -> this.outbox.enqueue(this.mails.reminder(event, registration)))
				.count()
				.flatMap(count -> markReminded(event.getId()).thenReturn(count)))
			.reduce(0L, Long::sum);
	}

	private Mono<Void> markReminded(String eventId) {
		return Mono.defer(() -> this.operations.get(eventId, EventDocument.class)).flatMap(event -> {
			event.setReminderSentAt(this.clock.instant());
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
			.withMaxResults(100)
			.build();
		return Flux.defer(() -> this.operations.search(ended, EventDocument.class))
			.map(SearchHit::getContent)
			.concatMap(event -> this.registrationService.all(event.getId())
				.concatMap(registration -> this.anonymiser.anonymise(registration.getId()).thenReturn(1L))
				.count()
				.flatMap(count -> markAnonymised(event.getId()).thenReturn(count)))
			.reduce(0L, Long::sum);
	}

	private Mono<Void> markAnonymised(String eventId) {
		return Mono.defer(() -> this.operations.get(eventId, EventDocument.class)).flatMap(event -> {
			event.setAnonymisedAt(this.clock.instant());
			return this.operations.save(event);
		}).retryWhen(Retry.max(5).filter(Conflicts::isConflict)).then();
	}

	private Flux<EventDocument> upcoming(Instant now) {
		NativeQuery query = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> b.filter(f -> f.range(r -> r.date(d -> d.field("endsAt").gte(now.toString()))))))
			.withSort(Sort.by("startsAt"))
			.withMaxResults(500)
			.build();
		return Flux.defer(() -> this.operations.search(query, EventDocument.class)).map(SearchHit::getContent);
	}

}
