package nl.ouderbetrokkenheid.portal.system;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.core.publisher.Sinks;

/**
 * Sheds load instead of timing out: a limited number of requests of the API and the login are worked on at once per
 * replica, a few more wait their turn for a short while, and the rest are answered at once with 503
 * {@code unavailable} and {@code Retry-After} (problem details). A shed request did no work, so repeating it is always
 * safe; a request that got its turn runs to its answer. The limit adapts to the machine ({@link AdaptiveLimit}, from
 * the latencies of the answered requests) unless {@code portal.web.concurrency.limit} fixes it; the queue holds twice
 * the limit unless {@code queue} fixes it. A fixed 128 was right for no machine: on 2 busy cores 128 requests at once
 * took so long each that clients timed out although the portal shed nothing (docs/performance.md, "Overload"). Health
 * and the app's static files are never shed: the load balancer must see a busy replica as alive, and the pages are
 * cheap. Runs right after {@link RequestIds} (the 503 carries the request id), ahead of security and everything else,
 * so shedding costs next to nothing. Counted as {@code portal.http.shed} (by reason) next to
 * {@code portal.http.in.flight}, {@code portal.http.waiting} and {@code portal.http.limit}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class LoadShedding implements WebFilter {

	/**
	 * @param limit requests worked on at once per replica; 0 (the default): adaptive, found from the latencies
	 * @param queue requests that may wait for a turn, more are shed at once; -1 (the default): twice the limit
	 * @param maxWait how long a request waits for its turn before it is shed; well below any client's timeout, since a
	 * request that got its turn late still has its own work ahead
	 * @param retryAfter what the 503 tells clients to wait before trying again
	 */
	@ConfigurationProperties("portal.web.concurrency")
	record Properties(@DefaultValue("0") int limit, @DefaultValue("-1") int queue,
			@DefaultValue("1s") Duration maxWait, @DefaultValue("1s") Duration retryAfter) {
	}

	/** The answer to a shed request; {@link ProblemDetailsWebExceptionHandler} writes it with its Retry-After. */
	static final class Overloaded extends PortalException {

		private final Duration retryAfter;

		Overloaded(Duration retryAfter) {
			super(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable",
					"The portal is too busy to answer right now. Please try again in a moment.");
			this.retryAfter = retryAfter;
		}

		Duration retryAfter() {
			return this.retryAfter;
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this; // an answer, not a failure: no stack to collect under load
		}

	}

	/** A request waiting for its turn: granted once, or given up once (timed out, or the client went away). */
	private static final class Waiter {

		private static final int WAITING = 0;

		private static final int GRANTED = 1;

		private static final int GONE = 2;

		private final AtomicInteger state = new AtomicInteger(WAITING);

		private final Sinks.One<Boolean> turn = Sinks.one();

	}

	private final Properties properties;

	/** Null when the limit is fixed. */
	private final AdaptiveLimit adaptive;

	private final LongSupplier nanoTime;

	private final AtomicInteger inFlight = new AtomicInteger();

	private final AtomicInteger waiting = new AtomicInteger();

	private final Queue<Waiter> queue = new ConcurrentLinkedQueue<>();

	private final Counter shedFull;

	private final Counter shedWaited;

	@Autowired
	LoadShedding(Properties properties, MeterRegistry meters) {
		this(properties, meters, System::nanoTime, Runtime.getRuntime().availableProcessors());
	}

	LoadShedding(Properties properties, MeterRegistry meters, LongSupplier nanoTime, int processors) {
		this.properties = properties;
		this.nanoTime = nanoTime;
		this.adaptive = (properties.limit() > 0) ? null : AdaptiveLimit.forProcessors(processors, nanoTime);
		this.shedFull = shedCounter(meters, "queue-full");
		this.shedWaited = shedCounter(meters, "waited-too-long");
		Gauge.builder("portal.http.in.flight", this.inFlight, AtomicInteger::get)
			.description("API and login requests being worked on by this replica (at most portal.web.concurrency.limit)")
			.register(meters);
		Gauge.builder("portal.http.waiting", this.waiting, AtomicInteger::get)
			.description("API and login requests waiting for their turn on this replica")
			.register(meters);
		Gauge.builder("portal.http.limit", this, LoadShedding::limit)
			.description("API and login requests this replica works on at once now (adaptive unless "
					+ "portal.web.concurrency.limit fixes it)")
			.register(meters);
	}

	/** The limit now: fixed, or what the latencies say. */
	int limit() {
		return (this.adaptive != null) ? this.adaptive.limit() : this.properties.limit();
	}

	private int queueCapacity() {
		return (this.properties.queue() >= 0) ? this.properties.queue() : 2 * limit();
	}

	private static Counter shedCounter(MeterRegistry meters, String reason) {
		return Counter.builder("portal.http.shed")
			.description("Requests answered 503 because the replica was at its concurrency limit")
			.tag("reason", reason)
			.register(meters);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!limited(exchange.getRequest().getPath().value())) {
			return chain.filter(exchange);
		}
		if (tryAcquire()) {
			return worked(exchange, chain, this::release);
		}
		if (this.waiting.incrementAndGet() > queueCapacity()) {
			this.waiting.decrementAndGet();
			this.shedFull.increment();
			return Mono.error(new Overloaded(this.properties.retryAfter()));
		}
		Waiter waiter = new Waiter();
		this.queue.add(waiter);
		grantWaiting(); // a turn freed between the failed try and joining the queue
		// A granted turn is given back exactly once: when the request ends, or when the client left before it began.
		AtomicBoolean held = new AtomicBoolean(true);
		Runnable giveBack = () -> {
			if (held.compareAndSet(true, false)) {
				release();
			}
		};
		return waiter.turn.asMono()
			.timeout(this.properties.maxWait(), Mono.fromSupplier(() -> !waiter.state.compareAndSet(Waiter.WAITING,
					Waiter.GONE)))
			.doOnCancel(() -> {
				// Only a granted turn is given back. A waiter that timed out is GONE already and may still see a
				// cancel (LoadSheddingTests shows it does): giving back then freed a turn nobody held, and each
				// request shed after waiting raised the limit by one (in flight went to -22 in the suite).
				if (!waiter.state.compareAndSet(Waiter.WAITING, Waiter.GONE)
						&& waiter.state.get() == Waiter.GRANTED) {
					giveBack.run();
				}
			})
			.doFinally(signal -> this.waiting.decrementAndGet())
			.flatMap(granted -> {
				if (!granted) {
					this.shedWaited.increment();
					return Mono.error(new Overloaded(this.properties.retryAfter()));
				}
				return worked(exchange, chain, giveBack);
			});
	}

	/**
	 * Works on a request that has its turn and gives the turn back at its end. Its time from turn to answer is what
	 * the adaptive limit learns from; a cancelled request (the client went away) says nothing about the machine.
	 */
	private Mono<Void> worked(ServerWebExchange exchange, WebFilterChain chain, Runnable giveBack) {
		if (this.adaptive == null) {
			return chain.filter(exchange).doFinally(signal -> giveBack.run());
		}
		return Mono.defer(() -> {
			long start = this.nanoTime.getAsLong();
			int inFlightAtStart = this.inFlight.get();
			return chain.filter(exchange).doFinally(signal -> {
				if (signal != SignalType.CANCEL) {
					this.adaptive.sample(this.nanoTime.getAsLong() - start, inFlightAtStart);
				}
				giveBack.run();
			});
		});
	}

	/** The API, the login and the logout; not health, metrics or the app's static files. */
	static boolean limited(String path) {
		return path.startsWith("/api/") || path.startsWith("/oauth2/") || path.startsWith("/login")
				|| path.startsWith("/logout");
	}

	private boolean tryAcquire() {
		while (true) {
			int current = this.inFlight.get();
			if (current >= limit()) {
				return false;
			}
			if (this.inFlight.compareAndSet(current, current + 1)) {
				return true;
			}
		}
	}

	private void release() {
		this.inFlight.decrementAndGet();
		grantWaiting();
	}

	/** Gives free turns to waiting requests, oldest first, skipping those that gave up. */
	private void grantWaiting() {
		while (!this.queue.isEmpty() && tryAcquire()) {
			Waiter next = this.queue.poll();
			if (next == null) {
				this.inFlight.decrementAndGet();
				continue;
			}
			if (next.state.compareAndSet(Waiter.WAITING, Waiter.GRANTED)) {
				next.turn.tryEmitValue(true);
			}
			else {
				this.inFlight.decrementAndGet();
			}
		}
	}

}
