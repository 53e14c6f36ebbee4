package nl.ouderbetrokkenheid.portal.events;

import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.pages.PageHead;
import nl.ouderbetrokkenheid.portal.system.pages.PublicPages;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Published and cancelled events as public pages (a cancelled one says so, as its attendees may look it up). */
@Component
@RequiredArgsConstructor
class EventPages implements PublicPages {

	private final EventService events;

	@Override
	public String prefix() {
		return "/bijeenkomsten/";
	}

	@Override
	public Mono<PageHead> head(String id) {
		return this.events.visible(id, PortalUser.ANONYMOUS)
			.map(this::head)
			.onErrorResume(PortalException::isNotFound, ex -> Mono.empty());
	}

	private PageHead head(EventDocument event) {
		String description = PageHead.summary(event.getDescription());
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@type", "Event");
		ld.put("name", event.getTitle());
		ld.put("description", description);
		ld.put("startDate", event.getStartsAt().toString());
		if (event.getEndsAt() != null) {
			ld.put("endDate", event.getEndsAt().toString());
		}
		ld.put("eventStatus", (event.getStatus() == EventDocument.Status.CANCELLED)
				? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
		EventDocument.Venue venue = event.getVenue();
		boolean onSite = venue != null && venue.getName() != null;
		boolean online = event.getOnlineUrl() != null;
		ld.put("eventAttendanceMode", (onSite && online) ? "https://schema.org/MixedEventAttendanceMode"
				: online ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode");
		if (onSite) {
			Map<String, Object> place = new LinkedHashMap<>();
			place.put("@type", "Place");
			place.put("name", venue.getName());
			place.put("address", String.join(", ", java.util.stream.Stream.of(venue.getAddress(), venue.getCity())
				.filter(part -> part != null && !part.isBlank())
				.toList()));
			ld.put("location", place);
		}
		else if (online) {
			// Where to join is for those registered; the page itself is the event's public address.
			ld.put("location", Map.of("@type", "VirtualLocation", "url", prefix() + event.getId()));
		}
		if (event.getOrganiserName() != null) {
			ld.put("organizer", Map.of("@type", "Organization", "name", event.getOrganiserName()));
		}
		return new PageHead(event.getTitle(), description, prefix() + event.getId(), "website", ld);
	}

	@Override
	public Flux<Location> all() {
		return this.events.published().map(event -> new Location(prefix() + event.getId(), event.getUpdatedAt()));
	}

}
