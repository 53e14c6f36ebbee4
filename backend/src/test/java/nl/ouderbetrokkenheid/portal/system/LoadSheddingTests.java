package nl.ouderbetrokkenheid.portal.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limiter on its own: one request at a time, one waiting. The request beyond the queue is shed at once, the
 * waiting one gets the turn the first gives back, or is shed when it waited too long; health is never shed.
 */
class LoadSheddingTests {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final AtomicInteger started = new AtomicInteger();

	@Test
	void aRequestBeyondTheQueueIsShedAtOnceAndTheWaitingOneGetsTheFreedTurn() {
		LoadShedding limiter = new LoadShedding(new LoadShedding.Properties(1, 1, Duration.ofMinutes(1),
				Duration.ofSeconds(3)), this.meters);
		Sinks.Empty<Void> firstEnds = Sinks.empty();
		Mono<Void> first = limiter.filter(exchange("/api/events"), chain(firstEnds.asMono()));
		first.subscribe();
		Mono<Void> second = limiter.filter(exchange("/api/events"), chain(Mono.empty()));
		StepVerifier.Step<Void> waiting = StepVerifier.create(second);

		StepVerifier.create(limiter.filter(exchange("/api/search"), chain(Mono.empty())))
			.expectErrorSatisfies(ex -> {
				assertThat(ex).isInstanceOf(LoadShedding.Overloaded.class);
				assertThat(((LoadShedding.Overloaded) ex).retryAfter()).isEqualTo(Duration.ofSeconds(3));
				assertThat(((LoadShedding.Overloaded) ex).status().value()).isEqualTo(503);
			})
			.verify(Duration.ofSeconds(5));
		assertThat(this.started).hasValue(1);

		firstEnds.tryEmitEmpty();
		waiting.verifyComplete();
		assertThat(this.started).hasValue(2);
		assertThat(this.meters.get("portal.http.shed").tag("reason", "queue-full").counter().count()).isEqualTo(1);
		assertThat(this.meters.get("portal.http.in.flight").gauge().value()).isZero();
	}

	@Test
	void aRequestThatWaitedTooLongIsShedAndDoesNoWork() {
		LoadShedding limiter = fullyBusy(5);

		StepVerifier.create(limiter.filter(exchange("/api/events"), chain(Mono.empty())))
			.expectError(LoadShedding.Overloaded.class)
			.verify(Duration.ofSeconds(5));
		assertThat(this.started).hasValue(1);
		assertThat(this.meters.get("portal.http.shed").tag("reason", "waited-too-long").counter().count())
			.isEqualTo(1);
		assertThat(this.meters.get("portal.http.waiting").gauge().value()).isZero();
		// The shed request never had a turn, so it gives none back: the first still holds the only one.
		assertThat(this.meters.get("portal.http.in.flight").gauge().value()).isEqualTo(1);
	}

	@Test
	void healthAndTheAppsFilesAreNeverShed() {
		LoadShedding limiter = fullyBusy(0);

		StepVerifier.create(limiter.filter(exchange("/actuator/health"), chain(Mono.empty())))
			.verifyComplete();
		StepVerifier.create(limiter.filter(exchange("/assets/index.js"), chain(Mono.empty()))).verifyComplete();
		StepVerifier.create(limiter.filter(exchange("/login/oauth2/code/kennisportaal"), chain(Mono.empty())))
			.expectError(LoadShedding.Overloaded.class)
			.verify(Duration.ofSeconds(5));
		assertThat(this.started).hasValue(3);
	}

	/**
	 * A limiter of one request at a time, with {@code queue} places to wait at most 50 ms, and that one taken by a
	 * request that never ends.
	 */
	private LoadShedding fullyBusy(int queue) {
		LoadShedding limiter = new LoadShedding(new LoadShedding.Properties(1, queue, Duration.ofMillis(50),
				Duration.ofSeconds(1)), this.meters);
		limiter.filter(exchange("/api/events"), chain(Mono.never())).subscribe();
		return limiter;
	}

	private WebFilterChain chain(Mono<Void> work) {
		return exchange -> Mono.defer(() -> {
			this.started.incrementAndGet();
			return work;
		});
	}

	private static MockServerWebExchange exchange(String path) {
		return MockServerWebExchange.from(MockServerHttpRequest.get(path));
	}

}
