package nl.ouderbetrokkenheid.portal.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The adaptive limit on a clock the test moves: answers as fast as usual let a used limit grow, slower answers make it
 * shrink, an unused limit stays, and it never leaves its bounds. No sleeps: every "window" is the clock moved on.
 */
class AdaptiveLimitTests {

	private static final long MS = 1_000_000L;

	private final AtomicLong now = new AtomicLong();

	/** One window: enough answers of this latency, with this many in flight, and the clock past the window. */
	private void window(AdaptiveLimit limit, long latencyMs, int inFlight) {
		this.now.addAndGet(AdaptiveLimit.MIN_WINDOW_NANOS);
		for (int i = 0; i < AdaptiveLimit.MIN_WINDOW_SAMPLES; i++) {
			limit.sample(latencyMs * MS, inFlight);
		}
	}

	/** The windows the limit learns the usual latency from, before it changes at all. */
	private void warmUp(AdaptiveLimit limit, long latencyMs, int inFlight) {
		for (int i = 0; i < AdaptiveLimit.WARMUP; i++) {
			window(limit, latencyMs, inFlight);
		}
	}

	/** {@code count} windows with the limit in full use. */
	private void busyWindows(AdaptiveLimit limit, int count, long latencyMs) {
		for (int i = 0; i < count; i++) {
			window(limit, latencyMs, limit.limit());
		}
	}

	@Test
	void answersAsFastAsUsualLetAUsedLimitGrowUpToItsMaximum() {
		AdaptiveLimit limit = new AdaptiveLimit(8, 2, 40, this.now::get);
		window(limit, 50, 8);
		int after1 = limit.limit();
		busyWindows(limit, 20, 50);
		assertThat(after1).as("grows from the first window on").isGreaterThanOrEqualTo(8);
		assertThat(limit.limit()).isGreaterThan(after1);
		busyWindows(limit, 500, 50);
		assertThat(limit.limit()).isEqualTo(40);
	}

	@Test
	void answersMuchSlowerThanUsualShrinkTheLimitDownToItsMinimum() {
		AdaptiveLimit limit = new AdaptiveLimit(32, 4, 64, this.now::get);
		warmUp(limit, 40, 32); // the usual latency: 40 ms
		int before = limit.limit();
		window(limit, 200, before); // five times slower: more in flight than the machine serves
		int after = limit.limit();
		// Halved at most (gradient 0.5), and only a fifth of that taken per window (smoothing).
		assertThat(after).isLessThan(before).isGreaterThanOrEqualTo((int) (before * 0.9) - 1);
		busyWindows(limit, 50, 200);
		assertThat(limit.limit()).isEqualTo(4);
	}

	@Test
	void latencyWithinTheToleranceDoesNotShrinkTheLimit() {
		AdaptiveLimit limit = new AdaptiveLimit(16, 2, 64, this.now::get);
		warmUp(limit, 100, 16);
		int before = limit.limit();
		window(limit, 140, before); // 1.4x the usual: still within 1.5x
		assertThat(limit.limit()).isGreaterThanOrEqualTo(before);
	}

	@Test
	void aLimitThatIsNotUsedDoesNotGrow() {
		AdaptiveLimit limit = new AdaptiveLimit(16, 2, 64, this.now::get);
		for (int i = 0; i < 100; i++) {
			window(limit, 10, 3); // a quiet replica: 3 at once, the limit is 16
		}
		assertThat(limit.limit()).isEqualTo(16);
	}

	@Test
	void noChangeBeforeAWindowIsFull() {
		AdaptiveLimit limit = new AdaptiveLimit(16, 2, 64, this.now::get);
		// Many answers, but all within one window's time: no window ends.
		for (int i = 0; i < 100; i++) {
			limit.sample(1000 * MS, 16);
		}
		assertThat(limit.limit()).isEqualTo(16);
		// Time enough, but too few answers.
		this.now.addAndGet(10 * AdaptiveLimit.MIN_WINDOW_NANOS);
		limit.sample(1000 * MS, 16);
		assertThat(limit.longRttNanos()).as("the first window ended with this answer").isPositive();
		this.now.addAndGet(10 * AdaptiveLimit.MIN_WINDOW_NANOS);
		for (int i = 0; i < AdaptiveLimit.MIN_WINDOW_SAMPLES - 1; i++) {
			limit.sample(5000 * MS, 16);
		}
		assertThat(limit.longRttNanos()).as("the second window is not full yet").isEqualTo(1000 * MS);
	}

	@Test
	void theLimitRecoversWhenAnswersAreFastAgainAfterABusySpell() {
		AdaptiveLimit limit = new AdaptiveLimit(32, 2, 64, this.now::get);
		warmUp(limit, 40, 32);
		busyWindows(limit, 30, 400);
		int low = limit.limit();
		busyWindows(limit, 100, 40);
		assertThat(limit.limit()).isGreaterThan(low + 10);
	}

	@Test
	void theDefaultFollowsTheProcessors() {
		assertThat(AdaptiveLimit.forProcessors(2, this.now::get).limit()).isEqualTo(16);
		assertThat(AdaptiveLimit.forProcessors(16, this.now::get).limit()).isEqualTo(128);
		assertThat(AdaptiveLimit.forProcessors(0, this.now::get).limit()).isEqualTo(8);
	}

	@Test
	void theFilterLearnsFromTheRequestsItLetsThroughAndShedsBeyondTheLearnedLimit() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		LoadShedding limiter = new LoadShedding(new LoadShedding.Properties(0, 0, Duration.ofMillis(50),
				Duration.ofSeconds(1)), meters, this.now::get, 2);
		assertThat(meters.get("portal.http.limit").gauge().value()).isEqualTo(16);
		AtomicInteger started = new AtomicInteger();
		int highest = 0;
		// Rounds with the limit in use: each request is held until the clock moved on. The first rounds answer in
		// 20 ms (the long-term average learns that), then answers take 2 s: the machine is overloaded.
		for (int round = 0; round < 120; round++) {
			int n = limiter.limit();
			highest = Math.max(highest, n);
			Sinks.Empty<Void> release = Sinks.empty();
			for (int i = 0; i < n; i++) {
				limiter.filter(MockServerWebExchange.from(MockServerHttpRequest.get("/api/search")), exchange -> {
					started.incrementAndGet();
					return release.asMono();
				}).subscribe();
			}
			this.now.addAndGet((round < 60 ? 20 : 2000) * MS);
			release.tryEmitEmpty();
		}
		assertThat(started.get()).isPositive();
		assertThat(highest).as("quick answers with the limit in use raised it").isGreaterThan(16);
		assertThat(limiter.limit()).as("slower answers brought the limit down to its floor").isEqualTo(16);
		assertThat(meters.get("portal.http.limit").gauge().value()).isEqualTo(16);
		assertThat(meters.get("portal.http.in.flight").gauge().value()).isZero();
	}

}
