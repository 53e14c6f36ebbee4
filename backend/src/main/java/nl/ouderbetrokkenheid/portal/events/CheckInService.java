package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.PortalException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Check-in at the door: the organiser or an editor marks a confirmed participant present (or not). */
@Service
@RequiredArgsConstructor
class CheckInService {

	private final EventService events;

	private final RegistrationRepository registrations;

	private final Clock clock;

	Mono<EventApi.Attendee> presence(String eventId, String registrationId, boolean present, PortalUser caller) {
		return this.events.managed(eventId, caller)
			.then(Mono.defer(() -> this.registrations.findById(registrationId)))
			.filter(registration -> eventId.equals(registration.getEventId()))
			.switchIfEmpty(Mono.error(() -> new PortalException(HttpStatus.NOT_FOUND, "registration-not-found",
					"Registration not found", "This event has no such registration.")))
			.flatMap(registration -> {
				if (registration.getStatus() != RegistrationDocument.Status.CONFIRMED) {
					return Mono.error(new PortalException(HttpStatus.CONFLICT, "not-confirmed", "Not confirmed",
							"Only confirmed participants can be checked in."));
				}
				registration.setPresent(present);
				registration.setUpdatedAt(this.clock.instant());
				return this.registrations.save(registration);
			})
			.retryWhen(Retry.max(5).filter(Conflicts::isConflict))
			.map(registration -> AttendeeService.attendee(registration, 0));
	}

}
