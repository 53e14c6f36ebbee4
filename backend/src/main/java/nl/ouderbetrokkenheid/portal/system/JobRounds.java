package nl.ouderbetrokkenheid.portal.system;

import java.time.Duration;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The rounds of the background jobs on this replica: one round per interval, each after the previous one ended (a
 * slow round skips the ticks it overran rather than letting them pile up); a round that fails is logged and the next
 * one still runs; all stop with the application. A job that must run on one replica at a time takes a
 * {@link JobLeases lease} inside its round. Each round is timed and counted per job and outcome
 * ({@code portal.jobs.rounds}), so operators see a job that stopped running or keeps failing.
 */
@Component
@RequiredArgsConstructor
public class JobRounds {

	private static final Logger logger = LoggerFactory.getLogger(JobRounds.class);

	private final Disposable.Composite running = Disposables.composite();

	private final MeterRegistry meters;

	/** Starts the rounds of {@code job}, the first after {@code first}. */
	public void every(Duration first, Duration interval, String job, Supplier<Mono<?>> round) {
		Timer succeeded = rounds(job, "success");
		Timer failed = rounds(job, "failure");
		this.running.add(Flux.interval(first, interval).onBackpressureDrop().concatMap(tick -> Mono.defer(() -> {
			Timer.Sample sample = Timer.start(this.meters);
			return Mono.defer(round).then().doOnSuccess(done -> sample.stop(succeeded)).onErrorResume(ex -> {
				sample.stop(failed);
				logger.warn("{} failed: {}", job, ex.toString());
				return Mono.empty();
			});
		}), 1).subscribe());
	}

	private Timer rounds(String job, String outcome) {
		return Timer.builder("portal.jobs.rounds")
			.description("Rounds of a background job on this replica, by outcome")
			.tag("name", job)
			.tag("outcome", outcome)
			.register(this.meters);
	}

	@EventListener(ContextClosedEvent.class)
	void stop() {
		this.running.dispose();
	}

	/**
	 * How long a job that runs every {@code interval} holds its lease: a little less than the interval, so the next
	 * round (on whichever replica) finds it expired.
	 */
	public static Duration lease(Duration interval) {
		return interval.multipliedBy(9).dividedBy(10);
	}

}
