package nl.ouderbetrokkenheid.portal.events;

import java.util.List;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * Registering, one's own registrations, and the attendee tools of an event's organiser.
 */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
class RegistrationController {

	private final RegistrationService registrations;

	private final AttendeeService attendees;

	private final CheckInService checkIns;

	private final AttendeeExport export;

	@PostMapping("/events/{id}/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('MEMBER')")
	Mono<EventApi.RegistrationView> register(@PathVariable String id,
			@Valid @RequestBody EventApi.RegistrationRequest request, PortalUser caller) {
		return this.registrations.register(id, request, caller);
	}

	@GetMapping("/me/registrations")
	Mono<List<EventApi.RegistrationView>> mine(PortalUser caller) {
		return this.registrations.mine(caller);
	}

	@DeleteMapping("/me/registrations/{registrationId}")
	Mono<EventApi.RegistrationView> cancel(@PathVariable String registrationId, PortalUser caller) {
		return this.registrations.cancel(registrationId, caller);
	}

	@GetMapping("/events/{id}/attendees")
	@PreAuthorize("hasAnyRole('ORGANISER', 'EDITOR')")
	Mono<EventApi.AttendeeList> attendees(@PathVariable String id, PortalUser caller) {
		return this.attendees.attendees(id, caller);
	}

	@GetMapping("/events/{id}/attendees.csv")
	@PreAuthorize("hasAnyRole('ORGANISER', 'EDITOR')")
	Mono<ResponseEntity<byte[]>> csv(@PathVariable String id, PortalUser caller) {
		return this.export.csv(id, caller)
			.map(bytes -> ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("deelnemers-" + id + ".csv").build().toString())
				.body(bytes));
	}

	@PutMapping("/events/{id}/attendees/{registrationId}/presence")
	@PreAuthorize("hasAnyRole('ORGANISER', 'EDITOR')")
	Mono<EventApi.Attendee> presence(@PathVariable String id, @PathVariable String registrationId,
			@Valid @RequestBody EventApi.Presence presence, PortalUser caller) {
		return this.checkIns.presence(id, registrationId, presence.present(), caller);
	}

}
