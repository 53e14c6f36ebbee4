package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import nl.ouderbetrokkenheid.portal.mail.MailMessage;
import nl.ouderbetrokkenheid.portal.mail.Outbox;
import nl.ouderbetrokkenheid.portal.system.Conflicts;

import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Makes registration documents show what the ledger decided, and queues the mail each decision calls for. Every step
 * is idempotent: a mail is keyed by registration and ledger revision, and a document only moves forward to a newer
 * revision (compare-and-set on its sequence number), so projecting the same entries again, or concurrently from two
 * replicas, has the effect of projecting them once.
 */
@Component
class RegistrationProjector {

	private final ReactiveElasticsearchOperations operations;

	private final Outbox outbox;

	private final EventMails mails;

	private final Clock clock;

	RegistrationProjector(ReactiveElasticsearchOperations operations, Outbox outbox, EventMails mails, Clock clock) {
		this.operations = operations;
		this.outbox = outbox;
		this.mails = mails;
		this.clock = clock;
	}

	Mono<Void> project(String eventId, List<LedgerDocument.Entry> entries) {
		if (entries.isEmpty()) {
			return Mono.empty();
		}
		return Mono.defer(() -> this.operations.get(eventId, EventDocument.class))
			.flatMap(event -> Flux.fromIterable(entries).flatMap(entry -> projectOne(event, entry), 16).then());
	}

	private Mono<Void> projectOne(EventDocument event, LedgerDocument.Entry entry) {
		return Mono.defer(() -> this.operations.get(entry.getRegistrationId(), RegistrationDocument.class))
			.flatMap(registration -> {
				if (registration.getRev() >= entry.getRev() || registration.getAttempt() != entry.getAttempt()) {
					return Mono.empty(); // already shows this (or a newer) decision, or a newer attempt awaits one
				}
				MailMessage mail = this.mails.forChange(event, registration, entry);
				Mono<Boolean> queued = (mail != null) ? this.outbox.enqueue(mail) : Mono.just(true);
				registration.setStatus(entry.getStatus());
				registration.setArrival(entry.getArrival());
				registration.setRev(entry.getRev());
				registration.setUpdatedAt(this.clock.instant());
				// Mail first: if the process dies in between, projecting again finds the mail already queued.
				return queued.then(Mono.defer(() -> this.operations.save(registration))).then();
			})
			.retryWhen(Retry.backoff(20, Duration.ofMillis(5)).jitter(0.5).filter(Conflicts::isConflict));
	}

}
