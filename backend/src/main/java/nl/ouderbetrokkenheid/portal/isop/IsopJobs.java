package nl.ouderbetrokkenheid.portal.isop;

import java.time.Clock;
import java.time.Instant;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.mail.Outbox;
import nl.ouderbetrokkenheid.portal.system.ExclusiveJobs;
import nl.ouderbetrokkenheid.portal.system.JobFailures;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reminds school contacts, once per label, that their label expires within the lead time. Run by whichever replica
 * holds the lease; the mail's key and the {@code reminderSentAt} mark make a repeat harmless. Expiry itself needs no
 * job: the register filters on validity by the clock.
 */
@Component
@RequiredArgsConstructor
class IsopJobs {

	static final String REMINDERS = "isop-reminders";

	private final ReactiveElasticsearchOperations operations;

	private final SchoolRepository schools;

	private final ExclusiveJobs jobs;

	private final JobFailures failures;

	private final Outbox outbox;

	private final IsopMails mails;

	private final IsopProperties properties;

	private final Clock clock;

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.jobs.every(this.properties.jobInterval(), REMINDERS, "ISOP reminders", () -> remind(this.clock.instant()));
	}

	/** Queues a reminder for every label in force that expires within the lead time and was not reminded of. */
	Mono<Long> remind(Instant now) {
		Instant horizon = now.plus(this.properties.reminderLead());
		NativeQuery due = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> b
				.filter(f -> f.range(r -> r.date(d -> d.field("label.validUntil").gt(now.toString()).lte(horizon.toString()))))
				.filter(f -> f.exists(e -> e.field("contactSubject")))
				.mustNot(m -> m.exists(e -> e.field("label.reminderSentAt")))))
			.withPageable(Pageable.unpaged())
			.build();
		return Flux.defer(() -> this.operations.search(due, SchoolDocument.class))
			.map(SearchHit::getContent)
			// Searches lag behind writes: the school is read again by id (realtime), so one already reminded in an
			// earlier round that the search does not show yet is left alone rather than saved over an old version.
			.concatMap(found -> this.failures.isolate(REMINDERS, found.getId(), this.schools.findById(found.getId())
				.filter(school -> school.getContactEmail() != null && school.getLabel() != null
						&& school.getLabel().getReminderSentAt() == null)
				.flatMap(school -> this.outbox.enqueue(this.mails.expiry(school)).then(Mono.defer(() -> {
					school.getLabel().setReminderSentAt(now);
					return this.operations.save(school);
				})).thenReturn(1L))))
			.count();
	}

}
