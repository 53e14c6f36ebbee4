package nl.ouderbetrokkenheid.portal.alerts;

import java.time.Clock;
import java.time.Duration;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.JobLeases;
import nl.ouderbetrokkenheid.portal.system.PortalException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * A digest round on an operator's demand: first every queued publication is matched, then every daily and weekly
 * digest with unsent matches goes now, due or not. For a check after a release, a demonstration, or a journey test
 * that cannot wait for the morning. One such round at a time over all replicas (a lease of its own, so a scheduled
 * round's lease does not block it; the keys keep a mail from going twice).
 */
@Component
@RequiredArgsConstructor
class DigestRounds {

	static final String JOB = "alerts-digests-now";

	private static final Duration LEASE = Duration.ofSeconds(30);

	private final Percolation percolation;

	private final Digests digests;

	private final JobLeases leases;

	private final Clock clock;

	Mono<AlertsApi.DigestRound> runNow() {
		return this.leases
			.runExclusively(JOB, LEASE,
					Mono.defer(this.percolation::drainAllQueued)
						.flatMap(matched -> this.digests.send(this.clock.instant(), true)
							.map(mails -> new AlertsApi.DigestRound(matched, mails))))
			.switchIfEmpty(Mono.error(() -> new PortalException(HttpStatus.CONFLICT, "digest-round-running",
					"A digest round is running", "Another digest round on demand started less than "
							+ LEASE.toSeconds() + " seconds ago; try again shortly.")));
	}

}
