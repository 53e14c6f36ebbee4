package nl.ouderbetrokkenheid.portal.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PersonalDataHolder;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The events a person organises, in their data export; on erasure the events stay for their attendees without the
 * organiser's subject and name, and drafts go (see {@link EventService#forgetOrganiser(String)}).
 */
@Component
@RequiredArgsConstructor
class OrganiserPersonalData implements PersonalDataHolder {

	private final EventService events;

	@Override
	public String section() {
		return "organisedEvents";
	}

	@Override
	public Mono<Object> export(String subject) {
		return this.events.organisedBy(subject).map(event -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", event.getId());
			entry.put("title", event.getTitle());
			entry.put("status", event.getStatus());
			entry.put("startsAt", String.valueOf(event.getStartsAt()));
			entry.put("organiserName", String.valueOf(event.getOrganiserName()));
			entry.put("createdAt", String.valueOf(event.getCreatedAt()));
			return (Object) entry;
		}).collectList().map(list -> (Object) list).defaultIfEmpty(List.of());
	}

	@Override
	public Mono<Void> erase(String subject) {
		return this.events.forgetOrganiser(subject);
	}

}
