package nl.ouderbetrokkenheid.portal.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import co.elastic.clients.elasticsearch._types.FieldValue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.JobFailures;
import nl.ouderbetrokkenheid.portal.system.JobRounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.data.elasticsearch.core.query.FetchSourceFilter;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Sends what is due in the outbox, on every replica at once. Each mail is claimed with a lease: a compare-and-set on
 * its sequence number writes SENDING, this replica's id ({@code claimedBy}) and the lease's end ({@code claimedUntil}),
 * so only one replica holds it. The mail is handed to the SMTP server only while at least half the lease is left (so
 * the hand-over ends before anyone else may take the mail over), and marked SENT right after the server's reply to
 * DATA, first in the session store ({@link SentMarks}, which a replica taking the mail over consults), then in
 * Elasticsearch. An SMTP failure puts it back with exponential backoff. The one window in which a mail can go out
 * twice: this replica dies between the server's reply and the mark in the session store (or neither write succeeds
 * for the whole lease); the lease runs out, another replica takes the mail over without knowing whether it went out,
 * and sends it again with the same Message-ID. Such re-sends are counted ({@code portal.outbox.resent}, and
 * {@code resends} on the mail); see docs/operations.md, "Mail: exactly once, and where it is not".
 */
@Component
class OutboxSender {

	private static final Logger logger = LoggerFactory.getLogger(OutboxSender.class);

	private static final Duration PURGE_INTERVAL = Duration.ofHours(1);

	private static final int PURGE_BATCH = 1000;

	/** This job's name in {@link JobFailures}. */
	static final String JOB = "mail-outbox";

	private static final Duration MIN_PATIENCE = Duration.ofSeconds(5);

	private final ReactiveElasticsearchOperations operations;

	private final JavaMailSender mailSender;

	private final MailProperties properties;

	private final JobFailures failures;

	private final JobRounds rounds;

	private final Clock clock;

	/** This replica's id in the claims it writes: host, process and a random part (two senders in one process). */
	private final String replica;

	private final Counter resent;

	private final SentMarks marks;

	OutboxSender(ReactiveElasticsearchOperations operations, JavaMailSender mailSender, SentMarks marks,
			MailProperties properties, JobFailures failures, JobRounds rounds, Clock clock, MeterRegistry meters) {
		this.operations = operations;
		this.mailSender = mailSender;
		this.marks = marks;
		this.properties = properties;
		this.failures = failures;
		this.rounds = rounds;
		this.clock = clock;
		String host = System.getenv().getOrDefault("HOSTNAME", "replica");
		this.replica = host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.resent = Counter.builder("portal.outbox.resent")
			.description("Mails taken over from a claim that ran out while SENDING and sent again: each may be a second "
					+ "copy (same Message-ID)")
			.register(meters);
	}

	String replica() {
		return this.replica;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.rounds.every(this.properties.pollInterval(), this.properties.pollInterval(), "Outbox round",
				this::sendDue);
		this.rounds.every(Duration.ofMinutes(1), PURGE_INTERVAL, "Outbox purge", this::purgeExpired);
	}

	/**
	 * Deletes sent and abandoned mails older than the retention period: their addresses and names are personal data
	 * that outlive their purpose. Safe on every replica at once (deleting twice is harmless); completes with the
	 * number deleted.
	 */
	Mono<Long> purgeExpired() {
		Instant before = this.clock.instant().minus(this.properties.retention());
		NativeQuery expired = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> b.filter(f -> f.terms(t -> t.field("status")
				.terms(v -> v.value(List.of(FieldValue.of("SENT"), FieldValue.of("FAILED"))))))
				.filter(f -> f.range(r -> r.date(d -> d.field("createdAt").lt(before.toString()))))))
			.withSourceFilter(new FetchSourceFilter(true, new String[] { "status" }, null))
			.withMaxResults(PURGE_BATCH)
			.build();
		return Flux.defer(() -> this.operations.search(expired, OutboxDocument.class))
			.map(SearchHit::getId)
			.flatMap(id -> this.failures.isolate(JOB, id, Mono.defer(() -> this.operations.delete(id, OutboxDocument.class))),
					8)
			.count();
	}

	/** One round: claims and sends every due mail; completes with the number sent. */
	Mono<Long> sendDue() {
		Instant now = this.clock.instant();
		NativeQuery query = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> b.minimumShouldMatch("1")
				.should(s -> s.bool(p -> p.filter(f -> f.term(t -> t.field("status").value("PENDING")))
					.filter(f -> f.range(r -> r.date(d -> d.field("nextAttemptAt").lte(now.toString()))))))
				.should(s -> s.bool(p -> p.filter(f -> f.term(t -> t.field("status").value("SENDING")))
					.filter(f -> f.range(r -> r.date(d -> d.field("claimedUntil").lte(now.toString()))))))))
			.withSort(Sort.by("nextAttemptAt"))
			.withMaxResults(this.properties.batchSize())
			.build();
		return Flux.defer(() -> this.operations.search(query, OutboxDocument.class))
			.map(SearchHit::getContent)
			// One mail that cannot be claimed or sent is recorded and skipped; the others go out.
			.flatMap(found -> this.failures.isolate(JOB, found.getId(), claim(found).flatMap(this::send)), 4)
			.filter(sent -> sent)
			.count();
	}

	/** A mail this replica holds; {@code inDoubt} when it was taken over from a claim that ran out while SENDING. */
	private record Claim(OutboxDocument mail, boolean inDoubt) {
	}

	/** Claims a mail found by a (near-real-time) search: re-read by id for its current state and sequence number. */
	private Mono<Claim> claim(OutboxDocument found) {
		Instant now = this.clock.instant();
		return Mono.defer(() -> this.operations.get(found.getId(), OutboxDocument.class))
			.filter(mail -> isDue(mail, now))
			.flatMap(mail -> claimDue(mail, now));
	}

	private static boolean isDue(OutboxDocument mail, Instant now) {
		return switch (mail.getStatus()) {
			case PENDING -> mail.getNextAttemptAt() == null || !mail.getNextAttemptAt().isAfter(now);
			case SENDING -> mail.getClaimedUntil() == null || !mail.getClaimedUntil().isAfter(now);
			case SENT, FAILED -> false;
		};
	}

	private Mono<Claim> claimDue(OutboxDocument mail, Instant now) {
		// A claim that ran out while SENDING: its holder died or stalled, before or after the SMTP server accepted
		// the mail; nobody can tell which, so sending it is a possible second copy.
		boolean inDoubt = mail.getStatus() == OutboxDocument.Status.SENDING;
		String previous = mail.getClaimedBy();
		mail.setStatus(OutboxDocument.Status.SENDING);
		mail.setClaimedBy(this.replica);
		mail.setClaimedUntil(now.plus(this.properties.claimTimeout()));
		mail.setAttempts(mail.getAttempts() + 1);
		if (inDoubt) {
			mail.setResends(mail.getResends() + 1);
		}
		return Mono.defer(() -> this.operations.save(mail))
			.map(claimed -> {
				if (inDoubt) {
					logger.warn("Mail {}: the claim of {} ran out while sending; sending it again (a second copy if "
							+ "the SMTP server had accepted it)", claimed.getId(), previous);
				}
				return new Claim(claimed, inDoubt);
			})
			.onErrorResume(Conflicts::isConflict, ex -> Mono.empty()); // another replica has it
	}

	/**
	 * How much of the lease must be left to start handing a mail to the SMTP server: half of it. The hand-over is
	 * bounded by the SMTP timeouts (spring.mail.properties.mail.smtp.*, seconds), which must stay well below half
	 * the claim timeout (minutes), so a hand-over that starts ends before the lease does and before any other replica
	 * may take the mail over: two live replicas never send the same mail.
	 */
	private Duration handOverMargin() {
		return this.properties.claimTimeout().dividedBy(2);
	}

	private boolean leaseHolds(OutboxDocument claimed) {
		return claimed.getClaimedUntil() != null
				&& !this.clock.instant().plus(handOverMargin()).isAfter(claimed.getClaimedUntil());
	}

	/**
	 * Hands the claimed mail to the SMTP server, then marks it SENT. Only a failure of the SMTP step puts the mail
	 * back for another attempt; once the server has accepted it, the mail is never put back: a lost race or a failing
	 * write only means writing SENT again, on a fresh copy, for as long as the claim lasts.
	 */
	private Mono<Boolean> send(Claim claim) {
		if (!claim.inDoubt()) {
			return handOver(claim);
		}
		// Taken over from a holder that died while sending: if the server had accepted the mail, it is only SENT
		// that is missing.
		String id = claim.mail().getId();
		return this.marks.wasAccepted(id).flatMap(accepted -> {
			if (!accepted) {
				return handOver(claim);
			}
			logger.info("Mail {}: the SMTP server had accepted it before its holder died; marking it SENT", id);
			claim.mail().setResends(claim.mail().getResends() - 1); // taken over, but not sent again
			return markSent(claim.mail()).thenReturn(true);
		});
	}

	private Mono<Boolean> handOver(Claim claim) {
		OutboxDocument mail = claim.mail();
		return Mono.fromCallable(() -> {
			// Checked on the thread that sends, right before it does: a replica that stalled between claiming and
			// sending (a pause, a starved thread) may have lost the mail to another replica meanwhile.
			if (!leaseHolds(mail)) {
				return HandOver.LEASE_TOO_SHORT;
			}
			this.mailSender.send(toMime(mail));
			return HandOver.ACCEPTED;
		})
			.subscribeOn(Schedulers.boundedElastic())
			.onErrorResume(ex -> retryLater(mail, ex).thenReturn(HandOver.FAILED))
			.flatMap(handOver -> switch (handOver) {
				// Marked first, counted after: the mark in the session store and then the SENT write close the window.
				case ACCEPTED -> this.marks.accepted(mail.getId()).then(markSent(mail)).then(Mono.fromRunnable(() -> {
					if (claim.inDoubt()) {
						this.resent.increment();
					}
				})).thenReturn(true);
				case LEASE_TOO_SHORT -> release(mail).thenReturn(false);
				case FAILED -> Mono.just(false);
			});
	}

	private enum HandOver {

		ACCEPTED, FAILED, LEASE_TOO_SHORT

	}

	/** Gives back a claim whose lease ran too short to send: PENDING again, not counted as an attempt. */
	private Mono<Void> release(OutboxDocument mail) {
		logger.warn("Mail {}: too little of the claim left to send it (replica stalled); putting it back", mail.getId());
		mail.setStatus(OutboxDocument.Status.PENDING);
		mail.setAttempts(Math.max(0, mail.getAttempts() - 1));
		mail.setNextAttemptAt(this.clock.instant());
		mail.setClaimedUntil(null);
		mail.setClaimedBy(null);
		return Mono.defer(() -> this.operations.save(mail))
			.onErrorResume(ex -> Mono.empty()) // lost to another replica, or left to expire: either way not sent here
			.then();
	}

	private Mono<Void> retryLater(OutboxDocument mail, Throwable ex) {
		boolean givingUp = mail.getAttempts() >= this.properties.maxAttempts();
		logger.warn("Sending mail {} failed (attempt {}{}): {}", mail.getId(), mail.getAttempts(),
				givingUp ? ", giving up" : "", ex.toString());
		mail.setStatus(givingUp ? OutboxDocument.Status.FAILED : OutboxDocument.Status.PENDING);
		mail.setNextAttemptAt(this.clock.instant().plus(backoff(mail.getAttempts())));
		mail.setClaimedUntil(null);
		mail.setClaimedBy(null);
		mail.setLastError(String.valueOf(ex.getMessage()));
		// Retried on a passing Elasticsearch failure (a dropped connection), as long as the claim lasts: given up,
		// the mail would wait SENDING until its claim expires instead of coming back after its backoff.
		return Mono.defer(() -> this.operations.save(mail))
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(50))
				.maxBackoff(Duration.ofSeconds(2))
				.filter(failure -> !Conflicts.isConflict(failure)))
			.timeout(patience(mail))
			.onErrorResume(Conflicts::isConflict, conflict -> Mono.empty()) // someone else has it now
			.then();
	}

	/** How long to keep trying to write a claimed mail's outcome: while the claim lasts, and never under a minimum. */
	private Duration patience(OutboxDocument claimed) {
		Instant now = this.clock.instant();
		Instant claimEnds = (claimed.getClaimedUntil() != null) ? claimed.getClaimedUntil()
				: now.plus(this.properties.claimTimeout());
		Duration patience = Duration.between(now, claimEnds);
		return (patience.compareTo(MIN_PATIENCE) < 0) ? MIN_PATIENCE : patience;
	}

	/**
	 * Writes SENT, re-reading the mail after a lost compare-and-set and retrying other failures with backoff until the
	 * claim runs out. Should that not succeed, the mail stays SENDING and another round sends it again once the claim
	 * has expired: the window in which a mail can go out twice (see docs/events-concurrency.md).
	 */
	private Mono<Void> markSent(OutboxDocument accepted) {
		Instant sentAt = this.clock.instant();
		// Even with the claim (nearly) gone, a few seconds of trying: every SENT written is a copy less.
		Duration patience = patience(accepted);
		AtomicReference<OutboxDocument> current = new AtomicReference<>(accepted);
		return Mono.defer(() -> writeSent(current.get(), sentAt))
			// Lost the compare-and-set: read the mail again; done if SENT already, else write SENT on this copy.
			.switchIfEmpty(Mono.defer(() -> this.operations.get(accepted.getId(), OutboxDocument.class))
				.doOnNext(current::set)
				.filter(fresh -> fresh.getStatus() == OutboxDocument.Status.SENT))
			.repeatWhenEmpty(lost -> lost.delayElements(Duration.ofMillis(20)))
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(50)).maxBackoff(Duration.ofSeconds(2)))
			.timeout(patience)
			.onErrorResume(ex -> {
				this.failures.record(JOB, accepted.getId(), new IllegalStateException(
						"accepted by the SMTP server but not marked SENT; it goes out again once its claim expires", ex));
				return Mono.empty();
			})
			.then();
	}

	/** One attempt at writing SENT: empty when the compare-and-set lost. */
	private Mono<OutboxDocument> writeSent(OutboxDocument mail, Instant sentAt) {
		mail.setStatus(OutboxDocument.Status.SENT);
		mail.setSentAt(sentAt);
		mail.setClaimedUntil(null);
		mail.setLastError(null);
		return Mono.defer(() -> this.operations.save(mail)).onErrorResume(Conflicts::isConflict, ex -> Mono.empty());
	}

	Duration backoff(int attempts) {
		Duration delay = this.properties.firstRetry().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
		return (delay.compareTo(this.properties.maxRetryDelay()) > 0) ? this.properties.maxRetryDelay() : delay;
	}

	private MimeMessage toMime(OutboxDocument mail) throws MessagingException {
		MimeMessage message = new MimeMessage(this.mailSender.createMimeMessage().getSession()) {
			@Override
			protected void updateMessageID() throws MessagingException {
				// A stable Message-ID: should a crash ever make a mail go out twice, mail clients see one message.
				setHeader("Message-ID", "<" + mail.getId() + "@kennisportaal.ouderbetrokkenheid>");
			}
		};
		boolean multipart = mail.getAttachments() != null && !mail.getAttachments().isEmpty();
		MimeMessageHelper helper = new MimeMessageHelper(message, multipart, StandardCharsets.UTF_8.name());
		helper.setFrom(this.properties.from());
		helper.setTo(mail.getTo());
		helper.setSubject(mail.getSubject());
		helper.setText(mail.getText(), false);
		if (mail.getHeaders() != null) {
			for (Map.Entry<String, String> header : mail.getHeaders().entrySet()) {
				message.setHeader(header.getKey(), header.getValue());
			}
		}
		if (multipart) {
			for (OutboxDocument.StoredAttachment attachment : mail.getAttachments()) {
				helper.addAttachment(attachment.getFilename(), new ByteArrayDataSource(
						Base64.getDecoder().decode(attachment.getContent()), attachment.getContentType()));
			}
		}
		return message;
	}

}
