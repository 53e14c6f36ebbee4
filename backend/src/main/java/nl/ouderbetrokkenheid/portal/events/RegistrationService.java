package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.DocumentWrites;
import nl.ouderbetrokkenheid.portal.system.Hashes;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Problems;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Registering: members register (themselves and up to five colleagues), cancel, and see their place. The attendee
 * list is {@link AttendeeService}'s, check-in {@link CheckInService}'s and the export {@link AttendeeExport}'s.
 */
@Service
@RequiredArgsConstructor
class RegistrationService {

	private static final int MAX_ATTENDEES = 10_000;

	private final EventService events;

	private final RegistrationRepository registrations;

	private final SeatLedger ledger;

	private final DocumentWrites writes;

	private final Clock clock;

	private final MeterRegistry meters;

	/** The registration's id: one per person per event, so a second registration collides with the first. */
	static String registrationId(String eventId, String subject) {
		return Hashes.sha256Hex(eventId + "\n" + subject, 16);
	}

	Mono<EventApi.RegistrationView> register(String eventId, EventApi.RegistrationRequest request, PortalUser caller) {
		// Not just the visible events: registering for a draft deserves a clear answer rather than a 404.
		return this.events.find(eventId).flatMap(event -> {
			checkOpen(event);
			Map<String, String> answers = checkAnswers(event, request.answers());
			List<String> colleagues = (request.colleagues() != null)
					? request.colleagues().stream().map(String::strip).toList() : List.of();
			String id = registrationId(eventId, caller.subject());
			RegistrationDocument fresh = new RegistrationDocument();
			fresh.setId(id);
			fresh.setEventId(eventId);
			fill(fresh, caller, colleagues, answers);
			fresh.setAttempt(1);
			fresh.setCreatedAt(this.clock.instant());
			return this.writes.create(id, fresh)
				.flatMap(created -> created ? settle(event, fresh).doOnNext(this::count)
						: registerAgain(event, id, caller, colleagues, answers));
		});
	}

	/** A person who cancelled may register again: the same document, the next attempt, a new arrival. */
	private Mono<EventApi.RegistrationView> registerAgain(EventDocument event, String id, PortalUser caller,
			List<String> colleagues, Map<String, String> answers) {
		return Mono.defer(() -> this.registrations.findById(id)).flatMap(existing -> {
			if (existing.getStatus() == RegistrationDocument.Status.PENDING) {
				// A repeated request while the first is stored but not settled: the first may still be settling, or
				// its replica died in between. Settling again is harmless (the ledger takes a registration once), so
				// this one settles it too, and answers as for any repeat: already registered. Registering is then
				// safe to repeat without ever leaving a registration pending.
				return settle(event, existing).then(Mono.error(alreadyRegistered()));
			}
			if (existing.getStatus() != RegistrationDocument.Status.CANCELLED) {
				return Mono.error(alreadyRegistered());
			}
			fill(existing, caller, colleagues, answers);
			existing.setAttempt(existing.getAttempt() + 1);
			existing.setPresent(false);
			existing.setCreatedAt(this.clock.instant());
			return this.registrations.save(existing)
				.onErrorMap(Conflicts::isConflict, ex -> alreadyRegistered())
				.flatMap(saved -> settle(event, saved))
				.doOnNext(this::count);
		});
	}

	private void fill(RegistrationDocument registration, PortalUser caller, List<String> colleagues,
			Map<String, String> answers) {
		registration.setSubject(caller.subject());
		registration.setName(caller.name());
		registration.setEmail(caller.email());
		registration.setColleagues(new ArrayList<>(colleagues));
		registration.setSeats(1 + colleagues.size());
		registration.setAnswers(answers);
		registration.setStatus(RegistrationDocument.Status.PENDING);
		registration.setAnonymised(false);
		registration.setUpdatedAt(this.clock.instant());
	}

	private Mono<EventApi.RegistrationView> settle(EventDocument event, RegistrationDocument registration) {
		return this.ledger
			.submit(event.getId(),
					new Ledger.Settle(registration.getId(), registration.getAttempt(), registration.getSeats()))
			.flatMap(decision -> {
				LedgerDocument.Entry entry = decision.outcome().entry();
				if (entry == null || entry.getAttempt() != registration.getAttempt()) {
					return this.registrations.findById(registration.getId())
						.map(stored -> toView(stored, event, decision.ledger()));
				}
				// The document was projected before the decision came back: it now says what the entry says.
				registration.setStatus(entry.getStatus());
				registration.setArrival(entry.getArrival());
				registration.setRev(entry.getRev());
				return Mono.just(toView(registration, event, decision.ledger()));
			});
	}

	/** Registrations answered, by the status they got (confirmed, waitlisted, cancelled), for the operators. */
	private void count(EventApi.RegistrationView view) {
		Counter.builder("portal.registrations")
			.description("Registrations and cancellations answered, by the status they ended in")
			.tag("status", view.status().name())
			.register(this.meters)
			.increment();
	}

	/** Settles a registration that was stored but never settled (the process died in between). */
	Mono<Void> settlePending(RegistrationDocument registration) {
		return this.ledger
			.submit(registration.getEventId(),
					new Ledger.Settle(registration.getId(), registration.getAttempt(), registration.getSeats()))
			.then();
	}

	Mono<List<EventApi.RegistrationView>> mine(PortalUser caller) {
		// The search finds which (a registration is answered once searches see it, see SeatLedger); the realtime GET
		// tells the current status.
		return this.registrations.findBySubject(caller.subject(), PageRequest.of(0, 500))
			.concatMap(found -> this.registrations.findById(found.getId()))
			.concatMap(registration -> this.events.visible(registration.getEventId(), caller)
				.zipWith(this.ledger.read(registration.getEventId()))
				.map(pair -> toView(registration, pair.getT1(), pair.getT2()))
				.onErrorResume(PortalException.class, ex -> Mono.empty()))
			.collectSortedList(Comparator.comparing(EventApi.RegistrationView::eventStartsAt));
	}

	Mono<EventApi.RegistrationView> cancel(String registrationId, PortalUser caller) {
		return this.registrations.findById(registrationId)
			.filter(registration -> caller.subject().equals(registration.getSubject()))
			.switchIfEmpty(Mono.error(() -> new PortalException(HttpStatus.NOT_FOUND, "registration-not-found",
					"Registration not found", "You have no such registration.")))
			.flatMap(registration -> this.events.visible(registration.getEventId(), caller).flatMap(event -> {
				if (!this.clock.instant().isBefore(event.getStartsAt())) {
					return Mono.error(new PortalException(HttpStatus.CONFLICT, "event-started", "Event started",
							"A registration can be cancelled until the event starts."));
				}
				// Settling first is a no-op when already settled, and makes sure the cancel finds the attempt.
				return this.ledger
					.submit(event.getId(),
							new Ledger.Settle(registration.getId(), registration.getAttempt(), registration.getSeats()))
					.then(this.ledger.submit(event.getId(),
							new Ledger.Cancel(registration.getId(), registration.getAttempt())))
					.flatMap(decision -> this.registrations.findById(registrationId)
						.map(stored -> toView(stored, event, decision.ledger())));
			}))
			.doOnNext(this::count);
	}

	Flux<RegistrationDocument> all(String eventId) {
		return this.registrations.findByEventId(eventId, PageRequest.of(0, MAX_ATTENDEES, Sort.by("arrival")));
	}

	private void checkOpen(EventDocument event) {
		Instant now = this.clock.instant();
		if (event.getStatus() == EventDocument.Status.CANCELLED) {
			throw new PortalException(HttpStatus.CONFLICT, "event-cancelled", "Event cancelled",
					"This event has been cancelled; registration is not possible.");
		}
		if (event.getStatus() == EventDocument.Status.DRAFT) {
			throw new PortalException(HttpStatus.CONFLICT, "event-not-published", "Event not published",
					"This event is a draft; registration opens once it is published.");
		}
		if (now.isBefore(event.getRegistrationOpensAt())) {
			throw new PortalException(HttpStatus.CONFLICT, "registration-not-open", "Registration not open yet",
					"Registration opens at " + event.getRegistrationOpensAt() + ".");
		}
		if (!now.isBefore(event.getRegistrationClosesAt()) || !now.isBefore(event.getStartsAt())) {
			throw new PortalException(HttpStatus.CONFLICT, "registration-closed", "Registration closed",
					"Registration for this event has closed.");
		}
	}

	private static Map<String, String> checkAnswers(EventDocument event, Map<String, String> given) {
		Map<String, String> answers = new LinkedHashMap<>();
		List<Problems.FieldError> errors = new ArrayList<>();
		Map<String, String> input = (given != null) ? given : Map.of();
		for (EventDocument.Question question : event.getQuestions()) {
			String answer = input.get(question.getId());
			answer = (answer == null || answer.isBlank()) ? null : answer.strip();
			String field = "answers." + question.getId();
			if (answer == null) {
				if (question.isRequired()) {
					errors.add(new Problems.FieldError(field, Problems.Code.REQUIRED, "this question needs an answer"));
				}
				continue;
			}
			if (question.getType() == EventDocument.Question.Type.CHOICE && !question.getOptions().contains(answer)) {
				errors.add(new Problems.FieldError(field, Problems.Code.NOT_AN_OPTION, "choose one of the options"));
				continue;
			}
			answers.put(question.getId(), answer);
		}
		input.keySet()
			.stream()
			.filter(key -> event.getQuestions().stream().noneMatch(q -> q.getId().equals(key)))
			.forEach(key -> errors.add(new Problems.FieldError("answers." + key, Problems.Code.UNKNOWN_FIELD,
					"no such question")));
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		return answers;
	}

	static PortalException alreadyRegistered() {
		return new PortalException(HttpStatus.CONFLICT, "already-registered", "Already registered",
				"You are already registered for this event.");
	}

	private EventApi.RegistrationView toView(RegistrationDocument registration, EventDocument event,
			LedgerDocument ledger) {
		return new EventApi.RegistrationView(registration.getId(), registration.getEventId(), event.getTitle(),
				event.getStartsAt(), registration.getStatus(), registration.getArrival(),
				(ledger != null) ? Ledger.waitlistPosition(ledger, registration.getId()) : 0, registration.getSeats(),
				registration.getColleagues(), registration.getAnswers(), registration.getCreatedAt());
	}

}
