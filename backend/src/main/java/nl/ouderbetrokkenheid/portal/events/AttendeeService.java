package nl.ouderbetrokkenheid.portal.events;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;

import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The attendees of an event, for those who manage it: every settled registration with its place, the counts, and the
 * event's questions. Personal data is only shown to those who manage the event, which is checked here, per event.
 */
@Service
@RequiredArgsConstructor
class AttendeeService {

	/** Registrations per multi-get when reading every registration of an event. */
	private static final int BATCH = 1_000;

	private final EventService events;

	private final RegistrationRepository registrations;

	private final SeatLedger ledger;

	/**
	 * Every attendee, from the ledger's entries and the registration documents read by id: both realtime, so a
	 * registration, cancellation or check-in shows in the next request, and no search window caps the list.
	 */
	Mono<EventApi.AttendeeList> attendees(String eventId, PortalUser caller) {
		return this.events.managed(eventId, caller)
			.flatMap(event -> this.ledger.read(eventId)
				.flatMap(ledger -> settled(ledger).collectList().map(registrations -> {
					Map<String, Integer> waitlist = Ledger.waitlistPositions(ledger);
					List<EventApi.Attendee> attendees = registrations.stream()
						.map(registration -> attendee(registration, waitlist.getOrDefault(registration.getId(), 0)))
						.toList();
					return new EventApi.AttendeeList(eventId, event.getTitle(), questionBodies(event),
							counts(ledger, registrations), attendees);
				})));
	}

	static EventApi.Attendee attendee(RegistrationDocument registration, int waitlistPosition) {
		return new EventApi.Attendee(registration.getId(), registration.getName(), registration.getEmail(),
				registration.getColleagues(), registration.getSeats(), registration.getStatus(),
				registration.getArrival(), waitlistPosition, registration.getAnswers(), registration.isPresent(),
				registration.getCreatedAt());
	}

	private List<EventApi.QuestionBody> questionBodies(EventDocument event) {
		return event.getQuestions()
			.stream()
			.map(q -> new EventApi.QuestionBody(q.getId(), q.getLabel(), q.getType(), q.getOptions(), q.isRequired()))
			.toList();
	}

	private static EventApi.Counts counts(LedgerDocument ledger, List<RegistrationDocument> registrations) {
		long confirmed = ledger.getEntries()
			.stream()
			.filter(e -> e.getStatus() == RegistrationDocument.Status.CONFIRMED)
			.count();
		long waitlisted = Ledger.waitlisted(ledger);
		long cancelled = ledger.getEntries()
			.stream()
			.filter(e -> e.getStatus() == RegistrationDocument.Status.CANCELLED)
			.count();
		long present = registrations.stream().filter(RegistrationDocument::isPresent).count();
		return new EventApi.Counts(confirmed, ledger.getConfirmedSeats(), waitlisted, cancelled, present);
	}

	/**
	 * Every registration the event's ledger has settled (each registration once, in arrival order), read by id in
	 * batches: a realtime multi-get sees every write at once, and unlike a search knows no 10,000-hit window. Not
	 * among them: a registration stored but not yet settled, for the moment between its two writes (or, after a
	 * crash, until the recovery job settles it).
	 */
	Flux<RegistrationDocument> settled(String eventId) {
		return this.ledger.read(eventId).flatMapMany(this::settled);
	}

	private Flux<RegistrationDocument> settled(LedgerDocument ledger) {
		List<String> ids = ledger.getEntries()
			.stream()
			.sorted(Comparator.comparingLong(LedgerDocument.Entry::getArrival))
			.map(LedgerDocument.Entry::getRegistrationId)
			.toList();
		return Flux.fromIterable(ids)
			.buffer(BATCH)
			.concatMap(batch -> Flux.defer(() -> this.registrations.findAllById(batch)));
	}

}
