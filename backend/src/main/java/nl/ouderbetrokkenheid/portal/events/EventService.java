package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.alerts.NewPublications;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.ReadYourWrites;
import nl.ouderbetrokkenheid.portal.system.pages.PublicPages;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Events' lives: organisers create, edit, publish and cancel their own (editors any). What a valid event is lives
 * in {@link EventRules}, finding events in {@link EventQueries}, what a caller sees in {@link EventViews}, and the
 * seat ledger's part in {@link EventCapacity}.
 */
@Service
@RequiredArgsConstructor
class EventService {

	private final EventRepository events;

	private final EventRules rules;

	private final EventCapacity capacity;

	private final ReactiveElasticsearchOperations operations;

	private final EventsMapper mapper;

	private final NewPublications publications;

	private final Clock clock;

	static PortalException notFound() {
		return new PortalException(HttpStatus.NOT_FOUND, "event-not-found", "Event not found",
				"There is no such event.");
	}

	static PortalException stale() {
		return DocumentVersion.stale("event");
	}

	static Instant amsterdam(LocalDateTime local) {
		return local.atZone(EventCalendar.AMSTERDAM).toInstant();
	}

	Mono<EventDocument> find(String id) {
		return this.events.findById(id).switchIfEmpty(Mono.error(EventService::notFound));
	}

	/** An event the caller may see: published or cancelled ones for everybody, drafts for those who manage it. */
	Mono<EventDocument> visible(String id, PortalUser caller) {
		return this.events.findById(id)
			.filter(event -> event.getStatus() != EventDocument.Status.DRAFT || caller.mayManage(event.getOrganiser()))
			.switchIfEmpty(Mono.error(EventService::notFound));
	}

	/** An event the caller manages; others get 404 for drafts and 403 for the rest. */
	Mono<EventDocument> managed(String id, PortalUser caller) {
		return visible(id, caller).flatMap(event -> caller.mayManage(event.getOrganiser()) ? Mono.just(event)
				: Mono.error(new PortalException(HttpStatus.FORBIDDEN, "not-your-event", "Not your event",
						"Only the event's organiser and editors may do this.")));
	}

	Mono<EventDocument> create(EventApi.EventRequest request, PortalUser caller) {
		EventDocument event = new EventDocument();
		event.setId(UUID.randomUUID().toString());
		event.setStatus(EventDocument.Status.DRAFT);
		event.setOrganiser(caller.subject());
		event.setOrganiserName(caller.name());
		event.setCreatedAt(this.clock.instant());
		return fill(event, request)
			.flatMap(valid -> this.capacity.open(valid).then(Mono.defer(() -> visible().save(valid))));
	}

	/**
	 * Replaces the event's description, provided nobody saved it since the organiser loaded version {@code expected};
	 * a change of capacity goes through {@link EventCapacity#save}.
	 */
	Mono<EventDocument> update(String id, DocumentVersion expected, EventApi.EventRequest request, PortalUser caller) {
		return managed(id, caller).flatMap(event -> {
			if (!DocumentVersion.of(event.getSeqNoPrimaryTerm()).equals(expected)) {
				return Mono.error(stale());
			}
			if (event.getStatus() == EventDocument.Status.CANCELLED) {
				return Mono.error(new PortalException(HttpStatus.CONFLICT, "event-cancelled", "Event cancelled",
						"A cancelled event cannot be changed."));
			}
			Integer before = event.getCapacity();
			return fill(event, request).flatMap(valid -> this.capacity.save(valid, before));
		}).onErrorMap(Conflicts::isConflict, ex -> stale());
	}

	Mono<EventDocument> publish(String id, DocumentVersion expected, PortalUser caller) {
		return transition(id, expected, caller, event -> switch (event.getStatus()) {
			case PUBLISHED -> Mono.just(event);
			case CANCELLED -> Mono.error(new PortalException(HttpStatus.CONFLICT, "event-cancelled",
					"Event cancelled", "A cancelled event cannot be published again."));
			case DRAFT -> {
				event.setStatus(EventDocument.Status.PUBLISHED);
				event.setUpdatedAt(this.clock.instant());
				// Queued for the saved searches once published; the organiser does not wait on the matching.
				yield visible().save(event)
					.flatMap(published -> this.publications.record(publication(published)).thenReturn(published));
			}
		});
	}

	/** An event as saved searches see it: its text, tags and place (a national event for the whole country). */
	private NewPublications.Publication publication(EventDocument event) {
		String region = (event.getScope() == EventDocument.Scope.NATIONAL || event.getProvince() == null)
				? Taxonomy.NATIONAL : event.getProvince();
		return new NewPublications.Publication(NewPublications.Kind.EVENT, event.getId(),
				"/bijeenkomsten/" + event.getId(), event.getTitle(), null, event.getDescription(),
				event.getOrganiserName(), null, copy(event.getPartnerships()), copy(event.getAspects()),
				copy(event.getSectors()), region, LocalDate.now(this.clock.withZone(java.time.ZoneId.of("Europe/Amsterdam"))));
	}

	private static List<String> copy(List<String> values) {
		return (values != null) ? List.copyOf(values) : List.of();
	}

	/** Cancels the event: no more registrations, every registrant's place released and told by mail. */
	Mono<EventDocument> cancel(String id, DocumentVersion expected, PortalUser caller) {
		return transition(id, expected, caller, event -> {
			if (event.getStatus() == EventDocument.Status.CANCELLED) {
				return Mono.just(event);
			}
			event.setStatus(EventDocument.Status.CANCELLED);
			event.setUpdatedAt(this.clock.instant());
			return visible().save(event);
		})
			// The status goes first, so no new registration slips in; closing the ledger is idempotent.
			.flatMap(cancelled -> this.capacity.close(id).thenReturn(cancelled));
	}

	/** Published events, the latest first (hundreds, not more), for the sitemap. */
	Flux<EventDocument> published() {
		return Flux.defer(() -> this.events.findByStatus(EventDocument.Status.PUBLISHED,
				PageRequest.of(0, PublicPages.SITEMAP_PAGE_SIZE, Sort.by(Sort.Direction.DESC, "startsAt"))));
	}

	/** Every event the person organises, drafts included: their part in the person's data export. */
	Flux<EventDocument> organisedBy(String subject) {
		return Flux.defer(() -> this.events.findByOrganiser(subject));
	}

	/**
	 * The organiser's account is erased. A published or cancelled event stays, as its attendees and calendars know
	 * it, but without the organiser's subject and name; editors manage it from then on. A draft, which nobody else
	 * has seen and nobody can have registered for, goes with its ledger.
	 */
	Mono<Void> forgetOrganiser(String subject) {
		return organisedBy(subject).map(EventDocument::getId)
			.concatMap(id -> Mono.defer(() -> this.events.findById(id))
				.flatMap(event -> (event.getStatus() == EventDocument.Status.DRAFT) ? deleteDraft(id)
						: anonymousOrganiser(event))
				// Edited meanwhile: forget the organiser in the new version.
				.retryWhen(Retry.max(5).filter(Conflicts::isConflict)))
			// The person's next login must not find these under their subject (in lists and exports, both searches).
			.then(ReadYourWrites.visibleAfterBatch(this.operations, EventDocument.class));
	}

	/** Validates the request and copies it onto the event, without saving (demo events are created differently). */
	Mono<EventDocument> fill(EventDocument event, EventApi.EventRequest request) {
		return Mono.fromCallable(() -> copy(event, request, this.rules.requireValid(request, event)));
	}

	private Mono<Void> anonymousOrganiser(EventDocument event) {
		event.setOrganiser(null);
		event.setOrganiserName(null);
		return this.events.save(event).then();
	}

	/** The event first: a ledger left behind by a crash in between is never read. */
	private Mono<Void> deleteDraft(String id) {
		return this.events.deleteById(id).then(this.capacity.delete(id));
	}

	/** Organisers expect their changes in their lists (searches) at once. */
	private ReactiveElasticsearchOperations visible() {
		return ReadYourWrites.visible(this.operations);
	}

	/** Applies a state change to the current event, again on a fresh copy if someone saved it meanwhile. */
	private Mono<EventDocument> transition(String id, DocumentVersion expected, PortalUser caller,
			Function<EventDocument, Mono<EventDocument>> change) {
		return Mono.defer(() -> managed(id, caller)).flatMap(event -> {
			if (expected != null && !DocumentVersion.of(event.getSeqNoPrimaryTerm()).equals(expected)) {
				return Mono.error(stale());
			}
			return change.apply(event);
		}).retryWhen(Retry.max(5).filter(ex -> expected == null && Conflicts.isConflict(ex)))
			.onErrorMap(Conflicts::isConflict, ex -> stale());
	}

	private EventDocument copy(EventDocument event, EventApi.EventRequest request, EventRules.Times times) {
		List<EventDocument.Question> questions = new ArrayList<>();
		List<EventApi.QuestionBody> bodies = (request.questions() != null) ? request.questions() : List.of();
		for (int i = 0; i < bodies.size(); i++) {
			EventDocument.Question question = this.mapper.toQuestion(bodies.get(i));
			if (question.getId() == null || question.getId().isBlank()) {
				question.setId("q" + (i + 1));
			}
			if (question.getOptions() == null) {
				question.setOptions(new ArrayList<>());
			}
			questions.add(question);
		}
		event.setTitle(request.title().strip());
		event.setDescription(request.description());
		event.setKind(request.kind());
		event.setScope(request.scope());
		event.setProvince(request.province());
		event.setVenue(EventRules.hasVenue(request) ? this.mapper.toVenue(request.venue()) : null);
		event.setOnlineUrl(EventRules.isOnline(request) ? request.onlineUrl() : null);
		event.setStartsAt(times.startsAt());
		event.setEndsAt(times.endsAt());
		event.setCapacity(request.capacity());
		event.setRegistrationOpensAt(times.registrationOpensAt());
		event.setRegistrationClosesAt(times.registrationClosesAt());
		event.setPartnerships(Taxonomy.stored(request.partnerships()));
		event.setAspects(Taxonomy.stored(request.aspects()));
		event.setSectors(Taxonomy.stored(request.sectors()));
		event.setQuestions(questions);
		event.setUpdatedAt(this.clock.instant());
		return event;
	}

}
