package nl.ouderbetrokkenheid.portal.system;

import java.time.Duration;
import java.util.function.Supplier;

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
 * {@link JobLeases lease} inside its round.
 */
@Component
public class JobRounds {

	private static final Logger logger = LoggerFactory.getLogger(JobRounds.class);

	private final Disposable.Composite running = Disposables.composite();

	/** Starts the rounds of {@code job}, the first after {@code first}. */
	public void every(Duration first, Duration interval, String job, Supplier<Mono<?>> round) {
		this.running.add(Flux.interval(first, interval)
			.onBackpressureDrop()
			.concatMap(tick -> round.get().then().onErrorResume(ex -> {
				logger.warn("{} failed: {}", job, ex.toString());
				return Mono.empty();
			}), 1)
			.subscribe());
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
