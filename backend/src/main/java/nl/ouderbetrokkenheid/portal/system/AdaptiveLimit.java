package nl.ouderbetrokkenheid.portal.system;

import java.util.function.LongSupplier;

/**
 * How many requests a replica works on at once, found from the latencies it sees instead of configured: the gradient
 * algorithm of Netflix's concurrency-limits ({@code Gradient2Limit}). Latencies are averaged per window (at least
 * {@link #MIN_WINDOW_NANOS} and {@link #MIN_WINDOW_SAMPLES} answers); the window's average is compared with a long-term
 * average. While answers come as fast as usual (within {@link #TOLERANCE} of it) the limit grows by a few requests per
 * window; when they slow down, because more work runs at once than the cores and Elasticsearch can serve, the limit
 * shrinks in proportion (at most by half per window, and only a fifth of that is taken per window: smoothing). So the
 * limit settles where adding requests stops adding throughput and only adds waiting, on a 2-core machine as on a
 * 32-core one, and follows the machine when it gets busier (another process, a merge, a slower Elasticsearch node). A
 * limit that is not used (fewer than half of it in flight) does not grow: a quiet replica must not learn a limit it
 * never tried.
 *
 * <p>
 * Thread-safe; the window's bookkeeping is one short synchronized block per answer, which costs nothing next to a
 * request. The time source is injected, so the adaptation is tested without waiting ({@code AdaptiveLimitTests}).
 */
final class AdaptiveLimit {

	/** A window ends no sooner than this (100 ms) ... */
	static final long MIN_WINDOW_NANOS = 100_000_000L;

	/** ... and not before this many answers were seen in it (fewer would make the average noise). */
	static final int MIN_WINDOW_SAMPLES = 10;

	/** How much slower than the long-term average the window may be before the limit shrinks. */
	static final double TOLERANCE = 1.5;

	/** Windows the long-term average spans (an exponential average; the first {@link #WARMUP} are a plain one). */
	static final int LONG_WINDOWS = 600;

	static final int WARMUP = 10;

	/** How much of each window's new limit is taken; the rest is the old limit, so one odd window moves little. */
	static final double SMOOTHING = 0.2;

	/** Requests the limit grows by per window while latency holds. */
	static final int HEADROOM = 4;

	private final int min;

	private final int max;

	private final LongSupplier nanoTime;

	private volatile double estimate;

	private long windowStart;

	private long windowSum;

	private int windowCount;

	private int windowMaxInFlight;

	private double longRtt;

	private int windows;

	AdaptiveLimit(int initial, int min, int max, LongSupplier nanoTime) {
		if (min < 1 || max < min || initial < min || initial > max) {
			throw new IllegalArgumentException("Need 1 <= min <= initial <= max, got %d, %d, %d".formatted(min, initial,
					max));
		}
		this.min = min;
		this.max = max;
		this.nanoTime = nanoTime;
		this.estimate = initial;
		this.windowStart = nanoTime.getAsLong();
	}

	/**
	 * The limit for a machine with this many processors: starts at, and never goes below, 8 per core, and grows up to
	 * 64 per core while latencies hold. The floor is what the overload benchmark showed to serve without a client
	 * timing out at four times the load two cores can take; below it, latency noise from a neighbour (a build, a
	 * backup) would shed requests the machine could serve.
	 */
	static AdaptiveLimit forProcessors(int processors, LongSupplier nanoTime) {
		int cores = Math.max(1, processors);
		return new AdaptiveLimit(8 * cores, 8 * cores, 64 * cores, nanoTime);
	}

	int limit() {
		return (int) this.estimate;
	}

	double longRttNanos() {
		synchronized (this) {
			return this.longRtt;
		}
	}

	/**
	 * One answered request: how long it was worked on (from its turn to its answer, not counting its wait in the
	 * queue) and how many were in flight when it got its turn (itself included).
	 */
	void sample(long rttNanos, int inFlight) {
		synchronized (this) {
			this.windowSum += Math.max(0, rttNanos);
			this.windowCount++;
			this.windowMaxInFlight = Math.max(this.windowMaxInFlight, inFlight);
			long now = this.nanoTime.getAsLong();
			if (this.windowCount < MIN_WINDOW_SAMPLES || now - this.windowStart < MIN_WINDOW_NANOS) {
				return;
			}
			double shortRtt = (double) this.windowSum / this.windowCount;
			int maxInFlight = this.windowMaxInFlight;
			this.windowStart = now;
			this.windowSum = 0;
			this.windowCount = 0;
			this.windowMaxInFlight = 0;
			this.estimate = next(shortRtt, maxInFlight);
		}
	}

	private double next(double shortRtt, int maxInFlight) {
		this.windows++;
		if (this.windows <= WARMUP) {
			this.longRtt += (shortRtt - this.longRtt) / this.windows;
		}
		else {
			this.longRtt += (shortRtt - this.longRtt) / LONG_WINDOWS;
		}
		// After a long busy spell the long-term average has drifted up; when answers are fast again it comes down
		// quickly, or the limit would think twice the normal latency normal (Gradient2 does the same).
		if (this.longRtt / shortRtt > 2) {
			this.longRtt *= 0.95;
		}
		double current = this.estimate;
		if (maxInFlight < current / 2) {
			return current; // not limited by the limit: what it sees says nothing about a higher one
		}
		double gradient = Math.max(0.5, Math.min(1.0, TOLERANCE * this.longRtt / shortRtt));
		// Headroom only while latency holds: Gradient2 adds it always, which keeps the limit from going below twice
		// the headroom however slow the answers get, too high for a small machine under a heavy load.
		double wanted = current * gradient + ((gradient >= 1.0) ? HEADROOM : 0);
		double smoothed = current * (1 - SMOOTHING) + wanted * SMOOTHING;
		return Math.max(this.min, Math.min(this.max, smoothed));
	}

}
