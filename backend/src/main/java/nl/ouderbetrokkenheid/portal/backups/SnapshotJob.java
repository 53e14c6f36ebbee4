package nl.ouderbetrokkenheid.portal.backups;

import java.time.Duration;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.JobLeases;
import nl.ouderbetrokkenheid.portal.system.JobRounds;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Takes the scheduled snapshot and deletes the old ones. Every replica checks every few minutes; the lease, held for
 * the whole interval, lets one of them take a snapshot once per interval, however often replicas restart.
 */
@Component
@RequiredArgsConstructor
class SnapshotJob {

	static final String JOB = "snapshots";

	private static final Duration CHECK = Duration.ofMinutes(5);

	private final Snapshots snapshots;

	private final BackupProperties properties;

	private final JobLeases leases;

	private final JobRounds rounds;

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		if (this.properties.enabled()) {
			Duration check = (this.properties.interval().compareTo(CHECK) < 0) ? this.properties.interval() : CHECK;
			this.rounds.every(Duration.ofMinutes(1), check, "Snapshots", this::round);
		}
	}

	Mono<Void> round() {
		return this.leases.runExclusively(JOB, this.properties.interval(), takeAndPrune()).then();
	}

	/** The repository (re)registered, a snapshot taken, then the old ones pruned: only after a good new one. */
	Mono<Void> takeAndPrune() {
		return this.snapshots.registerRepository().then(this.snapshots.take()).then(this.snapshots.prune()).then();
	}

}
