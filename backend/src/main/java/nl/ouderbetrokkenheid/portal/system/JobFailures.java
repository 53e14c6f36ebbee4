package nl.ouderbetrokkenheid.portal.system;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Failures of background jobs, counted per job since this replica started. A job runs each item through
 * {@link #isolate}, so one bad item (a registration whose ledger is missing, say) is logged, counted and skipped while
 * the rest go on; administrators see the counts on {@code /api/status}, operators the same counts as
 * {@code portal.jobs.failures}.
 */
@Component
@RequiredArgsConstructor
public class JobFailures {

	private static final Logger logger = LoggerFactory.getLogger(JobFailures.class);

	private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

	private final MeterRegistry meters;

	/** Logs and counts a failure of {@code job} on the item {@code itemId} (null: the job as a whole). */
	public void record(String job, String itemId, Throwable failure) {
		this.counts.computeIfAbsent(job, name -> new AtomicLong()).incrementAndGet();
		Counter.builder("portal.jobs.failures")
			.description("Items (or whole rounds) a background job failed on and skipped")
			.tag("name", job)
			.register(this.meters)
			.increment();
		if (itemId != null) {
			logger.warn("Job {} failed on {}, skipped until its next run: {}", job, itemId, describe(failure));
		}
		else {
			logger.warn("Job {} failed: {}", job, describe(failure));
		}
	}

	/**
	 * The failure and what caused it, on one line: a wrapper such as Spring's DataAccessResourceFailureException
	 * often has no message of its own, and the operator needs the I/O error underneath.
	 */
	static String describe(Throwable failure) {
		StringBuilder description = new StringBuilder(failure.toString());
		Throwable cause = failure.getCause();
		for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
			description.append(" <- ").append(cause);
		}
		return description.toString();
	}

	/** The work on one item; if it fails, the failure is recorded and the item skipped (empty). */
	public <T> Mono<T> isolate(String job, String itemId, Mono<T> work) {
		return work.onErrorResume(ex -> {
			record(job, itemId, ex);
			return Mono.empty();
		});
	}

	/** Failures per job so far, by job name. */
	public Map<String, Long> counts() {
		Map<String, Long> snapshot = new TreeMap<>();
		this.counts.forEach((job, count) -> snapshot.put(job, count.get()));
		return snapshot;
	}

}
