package nl.ouderbetrokkenheid.portal.events;

import java.util.Objects;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.ReadYourWrites;

import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Keeps an event's seat ledger in step with the event: made with it, resized when its capacity changes, closed
 * when it is cancelled, deleted with a draft.
 */
@Component
@RequiredArgsConstructor
class EventCapacity {

	private final SeatLedger ledger;

	private final ReactiveElasticsearchOperations operations;

	/** The ledger of a new event, made before the event is saved. */
	Mono<Void> open(EventDocument event) {
		return this.ledger.create(event.getId(), event.getCapacity()).then();
	}

	/**
	 * Saves an edited event whose capacity was {@code before}. A new capacity is checked against the confirmed seats
	 * first (nothing is written when it is too low), then the event is saved (compare-and-set), then the ledger
	 * follows; should seats have been confirmed in between so that the ledger refuses, the event's capacity is put
	 * back.
	 */
	Mono<EventDocument> save(EventDocument valid, Integer before) {
		if (Objects.equals(before, valid.getCapacity())) {
			return Mono.defer(() -> visible().save(valid));
		}
		return this.ledger.read(valid.getId())
			.flatMap(ledger -> (valid.getCapacity() != null && valid.getCapacity() < ledger.getConfirmedSeats())
					? Mono.error(capacityBelowConfirmed(Ledger.capacityRefusal(ledger.getConfirmedSeats())))
					: Mono.just(ledger.getCapacityVersion()))
			.defaultIfEmpty(-1L)
			.flatMap(ledgerVersion -> {
				// Above the ledger's too: a ledger from before these counters holds a sequence number.
				valid.setCapacityVersion(Math.max(valid.getCapacityVersion(), ledgerVersion) + 1);
				return visible().save(valid);
			})
			.flatMap(saved -> resize(saved, before));
	}

	/** No more registrations; every registrant's place is released and they are told by mail. Idempotent. */
	Mono<Void> close(String eventId) {
		return this.ledger.submit(eventId, new Ledger.Close()).then();
	}

	Mono<Void> delete(String eventId) {
		return Mono.defer(() -> this.operations.delete(eventId, LedgerDocument.class)).then();
	}

	/** Lets the ledger follow the saved event's capacity; when it refuses, the event gets its old capacity back. */
	private Mono<EventDocument> resize(EventDocument saved, Integer before) {
		long version = saved.getCapacityVersion();
		return this.ledger.submit(saved.getId(), new Ledger.Resize(saved.getCapacity(), version)).flatMap(decision -> {
			if (!decision.outcome().refused()) {
				return Mono.just(saved);
			}
			saved.setCapacity(before);
			return Mono.defer(() -> visible().save(saved))
				// Saved again meanwhile: that edit's own resize decides the capacity.
				.onErrorResume(Conflicts::isConflict, ex -> Mono.empty())
				.then(Mono.error(capacityBelowConfirmed(decision.outcome().refusal())));
		});
	}

	/** The organiser's list (a search) shows an edit at once. */
	private ReactiveElasticsearchOperations visible() {
		return ReadYourWrites.visible(this.operations);
	}

	private static PortalException capacityBelowConfirmed(String detail) {
		return new PortalException(HttpStatus.CONFLICT, "capacity-below-confirmed", "Capacity below confirmed seats",
				detail);
	}

}
