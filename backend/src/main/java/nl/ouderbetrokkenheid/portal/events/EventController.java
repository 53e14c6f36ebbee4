package nl.ouderbetrokkenheid.portal.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.system.ResultWindow;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * Finding events (public), their calendar files, and the organisers' own events.
 */
@RestController
@RequestMapping("/api")
@RequiredArgsConstructor
class EventController {

	private final EventService events;

	private final EventQueries queries;

	private final EventViews views;

	private final EventCalendar calendar;

	@GetMapping("/events")
	Mono<EventApi.EventPage> list(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) @Size(max = 40) String region,
			@RequestParam(required = false) EventDocument.Kind kind,
			@RequestParam(required = false) @Size(max = 40) String partnership,
			@RequestParam(required = false) @Size(max = 40) String sector,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") @Min(0) @Max(500) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, PortalUser caller) {
		List<Problems.FieldError> errors = new ArrayList<>();
		ResultWindow.check(errors, page, size);
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidRequestException(errors));
		}
		return this.queries.search(new EventQueries.Filter(q, region, kind, partnership, sector, from, to), page, size,
				caller);
	}

	/** A feed calendar apps subscribe to, e.g. {@code /api/events/calendar.ics?region=UTRECHT}. */
	@GetMapping(value = "/events/calendar.ics")
	Mono<ResponseEntity<String>> feed(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) @Size(max = 40) String region,
			@RequestParam(required = false) EventDocument.Kind kind,
			@RequestParam(required = false) @Size(max = 40) String partnership,
			@RequestParam(required = false) @Size(max = 40) String sector) {
		EventQueries.Filter filter = new EventQueries.Filter(q, region, kind, partnership, sector, null, null);
		String name = "Bijeenkomsten Kennisportaal Ouderbetrokkenheid"
				+ ((filter.region() != null) ? " - " + filter.region() : "");
		return this.queries.feed(filter)
			.collectList()
			.map(found -> calendarResponse(this.calendar.feed(found, name), "bijeenkomsten.ics"));
	}

	@GetMapping("/events/{id}")
	Mono<ResponseEntity<EventApi.EventView>> get(@PathVariable String id, PortalUser caller) {
		return this.events.visible(id, caller).flatMap(event -> versioned(event, caller, HttpStatus.OK));
	}

	@GetMapping("/events/{id}.ics")
	Mono<ResponseEntity<String>> ics(@PathVariable String id, PortalUser caller) {
		return this.events.visible(id, caller)
			.map(event -> calendarResponse(this.calendar.single(event), "bijeenkomst-" + id + ".ics"));
	}

	@GetMapping("/organiser/events")
	@PreAuthorize("hasAnyRole('ORGANISER', 'EDITOR')")
	Mono<List<EventApi.EventView>> organised(PortalUser caller) {
		return this.queries.organised(caller);
	}

	// No @Valid on events: EventRules checks fields, codes and the rules across fields in one pass, after method
	// security has answered 403 to those who may not organise.
	@PostMapping("/events")
	@PreAuthorize("hasAnyRole('ORGANISER', 'EDITOR')")
	Mono<ResponseEntity<EventApi.EventView>> create(@RequestBody EventApi.EventRequest request,
			PortalUser caller) {
		return this.events.create(request, caller).flatMap(event -> versioned(event, caller, HttpStatus.CREATED));
	}

	/** Needs the ETag the organiser loaded the event with in {@code If-Match}: a stale copy gets 412, not saved. */
	@PutMapping("/events/{id}")
	@PreAuthorize("hasAnyRole('ORGANISER', 'EDITOR')")
	Mono<ResponseEntity<EventApi.EventView>> update(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody EventApi.EventRequest request, PortalUser caller) {
		return Mono.defer(() -> this.events.update(id, DocumentVersion.require(ifMatch, "event"), request, caller))
			.flatMap(event -> versioned(event, caller, HttpStatus.OK));
	}

	/** Publishing and cancelling, one endpoint: {@code POST /events/{id}/publish} or {@code .../cancel}. */
	@PostMapping("/events/{id}/{step:publish|cancel}")
	@PreAuthorize("hasAnyRole('ORGANISER', 'EDITOR')")
	Mono<ResponseEntity<EventApi.EventView>> step(@PathVariable String id, @PathVariable String step,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, PortalUser caller) {
		DocumentVersion expected = DocumentVersion.parse(ifMatch);
		return ("publish".equals(step) ? this.events.publish(id, expected, caller)
				: this.events.cancel(id, expected, caller))
			.flatMap(event -> versioned(event, caller, HttpStatus.OK));
	}

	private Mono<ResponseEntity<EventApi.EventView>> versioned(EventDocument event, PortalUser caller, HttpStatus status) {
		return this.views.view(event, caller)
			.map(view -> ResponseEntity.status(status)
				.eTag(DocumentVersion.of(event.getSeqNoPrimaryTerm()).etag())
				.body(view));
	}

	private static ResponseEntity<String> calendarResponse(String body, String filename) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(EventCalendar.MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"")
			.body(body);
	}

}
