package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.MarkdownRenderer;

import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.MultiGetItem;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Events as a caller sees them: with the seats left and the waitlist from the seat ledger, whether registration is
 * open now, the description rendered, and whether the caller may manage the event.
 */
@Component
@RequiredArgsConstructor
class EventViews {

	private final SeatLedger ledger;

	private final ReactiveElasticsearchOperations operations;

	private final EventsMapper mapper;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	Mono<EventApi.EventView> view(EventDocument event, PortalUser caller) {
		return this.ledger.read(event.getId())
			.map(ledger -> toView(event, ledger, caller))
			.defaultIfEmpty(toView(event, null, caller));
	}

	/** The events' views in their order, their ledgers read in one request. */
	Mono<List<EventApi.EventView>> views(List<EventDocument> events, PortalUser caller) {
		return withLedgers(events).map(ledgers -> events.stream()
			.map(event -> toView(event, ledgers.get(event.getId()), caller))
			.toList());
	}

	boolean registrationOpen(EventDocument event) {
		Instant now = this.clock.instant();
		return event.getStatus() == EventDocument.Status.PUBLISHED && !now.isBefore(event.getRegistrationOpensAt())
				&& now.isBefore(event.getRegistrationClosesAt()) && now.isBefore(event.getStartsAt());
	}

	private EventApi.EventView toView(EventDocument event, LedgerDocument ledger, PortalUser caller) {
		Integer seatsLeft = null;
		long waitlisted = 0;
		if (event.getCapacity() != null) {
			int confirmed = (ledger != null) ? ledger.getConfirmedSeats() : 0;
			seatsLeft = Math.max(0, event.getCapacity() - confirmed);
		}
		if (ledger != null) {
			waitlisted = Ledger.waitlisted(ledger);
		}
		// Rendered per view rather than stored: descriptions are short, and the sanitiser's policy can change.
		String descriptionHtml = this.markdown.render(event.getDescription()).html();
		return this.mapper.toView(event, descriptionHtml, seatsLeft, waitlisted, registrationOpen(event),
				caller.mayManage(event.getOrganiser()));
	}

	private Mono<Map<String, LedgerDocument>> withLedgers(List<EventDocument> found) {
		if (found.isEmpty()) {
			return Mono.just(Map.of());
		}
		NativeQuery ids = NativeQuery.builder().withIds(found.stream().map(EventDocument::getId).toList()).build();
		return Flux.defer(() -> this.operations.multiGet(ids, LedgerDocument.class))
			.filter(MultiGetItem::hasItem)
			.map(MultiGetItem::getItem)
			.collectMap(LedgerDocument::getEventId, ledger -> ledger, HashMap::new)
			.map(map -> (Map<String, LedgerDocument>) map);
	}

}
