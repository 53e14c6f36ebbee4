package nl.ouderbetrokkenheid.portal.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.DocumentWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * Applies {@link Ledger} operations to an event's ledger document with compare-and-set. Within one replica the
 * operations for one event are queued and applied in batches (one read and one conditional write for many
 * registrations: group commit); between replicas the sequence-number check decides, and the loser re-reads and
 * re-applies. After each successful write the {@link RegistrationProjector} brings the registration documents (and
 * the mails) in line before the callers hear the outcome.
 */
@Component
@RequiredArgsConstructor
class SeatLedger {

	/** An operation's outcome together with the ledger it was decided in. */
	record Decision(Ledger.Outcome outcome, LedgerDocument ledger) {
	}

	private record Request(Ledger.Operation operation, Sinks.One<Decision> sink) {
	}

	private static final Logger logger = LoggerFactory.getLogger(SeatLedger.class);

	private static final int MAX_BATCH = 500;

	private final ReactiveElasticsearchOperations operations;

	private final DocumentWrites writes;

	private final RegistrationProjector projector;

	private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();

	/** Creates the event's ledger if it has none yet. */
	Mono<Boolean> create(String eventId, Integer capacity) {
		LedgerDocument ledger = new LedgerDocument();
		ledger.setEventId(eventId);
		ledger.setCapacity(capacity);
		return this.writes.create(eventId, ledger);
	}

	/** The ledger as it is now (a realtime GET, never a stale search). */
	Mono<LedgerDocument> read(String eventId) {
		return Mono.defer(() -> this.operations.get(eventId, LedgerDocument.class));
	}

	Mono<Decision> submit(String eventId, Ledger.Operation operation) {
		Sinks.One<Decision> sink = Sinks.one();
		Lane lane = this.lanes.computeIfAbsent(eventId, Lane::new);
		lane.queue.add(new Request(operation, sink));
		lane.drain();
		return sink.asMono();
	}

	/**
	 * Recovery after a crash between two writes: brings the registration documents in line with the ledger, and the
	 * ledger's capacity in line with a later edit of the event.
	 */
	Mono<Void> reconcile(EventDocument event) {
		String eventId = event.getId();
		return read(eventId).flatMap(ledger -> {
			long version = event.getCapacityVersion();
			Mono<Void> capacity = (ledger.getCapacityVersion() < version
					&& !Objects.equals(ledger.getCapacity(), event.getCapacity()))
							? submit(eventId, new Ledger.Resize(event.getCapacity(), version)).then()
							: Mono.empty();
			return capacity.then(Mono.defer(() -> this.projector.project(eventId, ledger.getEntries())));
		});
	}

	/** The queue of one event on this replica; one batch in flight at a time. */
	private final class Lane {

		private final String eventId;

		private final Queue<Request> queue = new ConcurrentLinkedQueue<>();

		private final AtomicBoolean running = new AtomicBoolean();

		Lane(String eventId) {
			this.eventId = eventId;
		}

		void drain() {
			if (!this.running.compareAndSet(false, true)) {
				return;
			}
			List<Request> batch = new ArrayList<>();
			Request next;
			while (batch.size() < MAX_BATCH && (next = this.queue.poll()) != null) {
				batch.add(next);
			}
			if (batch.isEmpty()) {
				this.running.set(false);
				if (!this.queue.isEmpty()) {
					drain();
				}
				return;
			}
			apply(batch).doFinally(signal -> {
				this.running.set(false);
				drain();
			}).subscribe(decisions -> {
				for (int i = 0; i < batch.size(); i++) {
					batch.get(i).sink().tryEmitValue(decisions.get(i));
				}
			}, error -> {
				logger.warn("Ledger batch for event {} failed: {}", this.eventId, error.toString());
				batch.forEach(request -> request.sink().tryEmitError(error));
			});
		}

		private Mono<List<Decision>> apply(List<Request> batch) {
			List<Ledger.Operation> operations = batch.stream().map(Request::operation).toList();
			return Mono.defer(() -> read(this.eventId))
				.switchIfEmpty(Mono.error(() -> new IllegalStateException("No ledger for event " + this.eventId)))
				.flatMap(ledger -> {
					Ledger rules = new Ledger(ledger);
					List<Ledger.Outcome> outcomes = rules.apply(operations);
					List<LedgerDocument.Entry> changed = rules.changed();
					boolean resized = operations.stream().anyMatch(op -> op instanceof Ledger.Resize);
					Mono<LedgerDocument> written = (changed.isEmpty() && !resized) ? Mono.just(ledger)
							: Mono.defer(() -> SeatLedger.this.operations.save(ledger));
					return written.map(saved -> new Batch(saved, outcomes, changed));
				})
				.retryWhen(Retry.backoff(200, Duration.ofMillis(2))
					.maxBackoff(Duration.ofMillis(100))
					.jitter(0.75)
					.filter(Conflicts::isConflict))
				.flatMap(result -> {
					// Project what changed, and what the settles concern even if unchanged: a retry after a crash
					// finds the ledger decided but the registration still pending.
					List<LedgerDocument.Entry> toProject = new ArrayList<>(result.changed());
					result.outcomes()
						.stream()
						.filter(outcome -> outcome.entry() != null && !toProject.contains(outcome.entry()))
						.forEach(outcome -> toProject.add(outcome.entry()));
					// A settle's registration was stored just before; "my registrations" finds it by a search, so the
					// answer waits until searches see it. One refresh wait for the whole batch, not one per
					// registration: hundreds of waiting requests would each hold a connection to Elasticsearch.
					boolean visible = operations.stream().anyMatch(op -> op instanceof Ledger.Settle);
					return SeatLedger.this.projector.project(this.eventId, toProject, visible)
						.then(Mono.fromSupplier(() -> result.outcomes()
							.stream()
							.map(outcome -> new Decision(outcome, result.ledger()))
							.toList()));
				});
		}

	}

	private record Batch(LedgerDocument ledger, List<Ledger.Outcome> outcomes, List<LedgerDocument.Entry> changed) {
	}

}
