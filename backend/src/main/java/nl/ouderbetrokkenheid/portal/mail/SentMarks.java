package nl.ouderbetrokkenheid.portal.mail;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * "The SMTP server accepted this mail", written to the session store right after it did, before the SENT write to
 * Elasticsearch. A replica that takes over a mail whose holder died while SENDING looks here first: marked means the
 * holder had handed it over and died before writing SENT, so the mail is marked SENT instead of going out again. This
 * narrows the window for a second copy from the Elasticsearch write (tens of milliseconds, seconds while a shard
 * fails over) to one write to the store (well under a millisecond). Best effort on both sides: a store that cannot be
 * reached is logged and the outbox behaves as without it (at least once, same Message-ID).
 */
@Component
class SentMarks {

	private static final Logger logger = LoggerFactory.getLogger(SentMarks.class);

	private static final String PREFIX = "portal:outbox:accepted:";

	/** Long past any claim (minutes): a take-over happens within one claim timeout of the hand-over. */
	private static final Duration KEPT = Duration.ofDays(1);

	private static final Duration PATIENCE = Duration.ofSeconds(2);

	private final ReactiveStringRedisTemplate store;

	SentMarks(ReactiveStringRedisTemplate store) {
		this.store = store;
	}

	/** Records that the SMTP server accepted this mail; completes either way. */
	Mono<Void> accepted(String mailId) {
		return this.store.opsForValue()
			.set(PREFIX + mailId, "1", KEPT)
			.timeout(PATIENCE)
			.onErrorResume(ex -> {
				logger.warn("Mail {}: could not record its hand-over in the session store: {}", mailId, ex.toString());
				return Mono.empty();
			})
			.then();
	}

	/** Whether the SMTP server is known to have accepted this mail; false when unknown or the store is unreachable. */
	Mono<Boolean> wasAccepted(String mailId) {
		return this.store.hasKey(PREFIX + mailId).timeout(PATIENCE).onErrorResume(ex -> {
			logger.warn("Mail {}: could not check its hand-over in the session store: {}", mailId, ex.toString());
			return Mono.just(false);
		}).defaultIfEmpty(false);
	}

}
