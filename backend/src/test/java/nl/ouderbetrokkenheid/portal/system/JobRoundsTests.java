package nl.ouderbetrokkenheid.portal.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;
import reactor.test.scheduler.VirtualTimeScheduler;

import static org.assertj.core.api.Assertions.assertThat;

class JobRoundsTests {

	private final VirtualTimeScheduler time = VirtualTimeScheduler.getOrSet();

	private final JobRounds rounds = new JobRounds(new SimpleMeterRegistry());

	@AfterEach
	void stop() {
		this.rounds.stop();
		VirtualTimeScheduler.reset();
	}

	@Test
	void aFailedRoundIsFollowedByTheNextOneAndNoRoundRunsAfterTheStop() {
		AtomicInteger started = new AtomicInteger();
		this.rounds.every(Duration.ofMinutes(1), Duration.ofMinutes(5), "Test job", () -> Mono.fromRunnable(() -> {
			if (started.incrementAndGet() == 1) {
				throw new IllegalStateException("the first round fails");
			}
		}));

		this.time.advanceTimeBy(Duration.ofSeconds(59));
		assertThat(started).hasValue(0);
		this.time.advanceTimeBy(Duration.ofSeconds(1));
		assertThat(started).hasValue(1);
		this.time.advanceTimeBy(Duration.ofMinutes(10));
		assertThat(started).hasValue(3);

		this.rounds.stop();
		this.time.advanceTimeBy(Duration.ofHours(1));
		assertThat(started).hasValue(3);
	}

	@Test
	void aRoundStillRunningWhenTheNextTickComesIsNotJoinedByASecond() {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		this.rounds.every(Duration.ofMinutes(1), Duration.ofMinutes(1), "Slow job",
				() -> Mono.fromRunnable(() -> most.accumulateAndGet(running.incrementAndGet(), Math::max))
					.then(Mono.delay(Duration.ofMinutes(3)))
					.doOnTerminate(running::decrementAndGet));

		this.time.advanceTimeBy(Duration.ofMinutes(30));

		assertThat(most).hasValue(1);
	}

}
