package nl.ouderbetrokkenheid.portal.system;

import java.time.Duration;
import java.util.function.Supplier;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The rounds of a job that runs on one replica at a time: every interval each replica tries the job's lease (held a
 * little less than the interval, {@link JobRounds#lease}) and the one that wins runs the round. A round that fails as a
 * whole counts as the job's failure ({@link JobFailures}: on the status page and in the metrics), not only in the log.
 */
@Component
@RequiredArgsConstructor
public class ExclusiveJobs {

	private final JobRounds rounds;

	private final JobLeases leases;

	private final JobFailures failures;

	/** Starts the rounds of {@code job} (named {@code name} in the round metrics), the first one interval from now. */
	public void every(Duration interval, String job, String name, Supplier<Mono<?>> round) {
		this.rounds.every(interval, interval, name, () -> this.failures.isolate(job, null,
				this.leases.runExclusively(job, JobRounds.lease(interval), Mono.defer(round))));
	}

}
