package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.search.TextQuery;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.MarkdownRenderer;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.MultiGetItem;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Events: organisers create, edit, publish and cancel their own (editors any), everyone finds upcoming ones.
 */
@Service
class EventService {

	/** The public filters, shared by the list and the calendar feed. */
	record Filter(String q, String region, EventDocument.Kind kind, String partnership, String sector, LocalDate from,
			LocalDate to) {
	}

	private final EventRepository events;

	private final SeatLedger ledger;

	private final ReactiveElasticsearchOperations operations;

	private final Taxonomy taxonomy;

	private final EventsMapper mapper;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	EventService(EventRepository events, SeatLedger ledger, ReactiveElasticsearchOperations operations,
			Taxonomy taxonomy, EventsMapper mapper, MarkdownRenderer markdown, Clock clock) {
		this.markdown = markdown;
		this.events = events;
		this.ledger = ledger;
		this.operations = operations;
		this.taxonomy = taxonomy;
		this.mapper = mapper;
		this.clock = clock;
	}

	static PortalException notFound() {
		return new PortalException(HttpStatus.NOT_FOUND, "event-not-found", "Event not found",
				"There is no such event.");
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

	Mono<EventApi.EventView> view(EventDocument event, PortalUser caller) {
		return this.ledger.read(event.getId())
			.map(ledger -> toView(event, ledger, caller))
			.defaultIfEmpty(toView(event, null, caller));
	}

	Mono<EventApi.EventPage> search(Filter filter, int page, int size, PortalUser caller) {
		if (!knownRegion(filter)) {
			return Mono.error(unknownRegion());
		}
		NativeQuery query = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> publicFilter(b, filter)))
			.withSort(Sort.by("startsAt").ascending())
			.withPageable(PageRequest.of(page, size))
			.withTrackTotalHits(true)
			.build();
		return Mono.defer(() -> this.operations.searchForPage(query, EventDocument.class))
			.flatMap(result -> {
				List<EventDocument> found = result.getSearchHits().stream().map(SearchHit::getContent).toList();
				return withLedgers(found).map(ledgers -> new EventApi.EventPage(result.getTotalElements(),
						found.stream().map(event -> toView(event, ledgers.get(event.getId()), caller)).toList()));
			});
	}

	/** Every upcoming published event matching the filter, for calendar feeds. */
	Flux<EventDocument> feed(Filter filter) {
		if (!knownRegion(filter)) {
			return Flux.error(unknownRegion());
		}
		NativeQuery query = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> publicFilter(b, filter)))
			.withSort(Sort.by("startsAt").ascending())
			.withMaxResults(500)
			.build();
		return Flux.defer(() -> this.operations.search(query, EventDocument.class)).map(SearchHit::getContent);
	}

	/** A region must be a taxonomy code: the feed also names itself after it, and calendar apps show that name. */
	private boolean knownRegion(Filter filter) {
		return filter.region() == null || this.taxonomy.isRegion(filter.region());
	}

	private static InvalidRequestException unknownRegion() {
		return new InvalidRequestException("region", Problems.Code.UNKNOWN_CODE, "unknown region code");
	}

	/**
	 * The events' text fields, read the way the catalogue reads its own ({@link TextQuery}): "huis bezoek" finds a
	 * meeting about huisbezoeken. Upcoming events are few, so one forgiving query (typos allowed) is cheapest.
	 */
	private static final TextQuery TEXT = new TextQuery(
			List.of("title^3", "description", "venue.name", "venue.city", "organiserName"),
			List.of("title.plain^2", "description.plain"), List.of("title^3", "description"));

	private BoolQuery.Builder publicFilter(BoolQuery.Builder bool, Filter filter) {
		Instant now = this.clock.instant();
		bool.filter(f -> f.term(t -> t.field("status").value(EventDocument.Status.PUBLISHED.name())));
		bool.filter(f -> f.range(r -> r.date(d -> d.field("endsAt").gte(now.toString()))));
		if (filter.q() != null && !filter.q().isBlank()) {
			bool.must(TEXT.query(filter.q(), TextQuery.Strictness.FORGIVING));
		}
		if (filter.region() != null) {
			bool.filter(f -> f.term(t -> t.field("province").value(filter.region())));
		}
		if (filter.kind() != null) {
			bool.filter(f -> f.term(t -> t.field("kind").value(filter.kind().name())));
		}
		if (filter.partnership() != null) {
			bool.filter(f -> f.term(t -> t.field("partnerships").value(filter.partnership())));
		}
		if (filter.sector() != null) {
			bool.filter(f -> f.term(t -> t.field("sectors").value(filter.sector())));
		}
		if (filter.from() != null) {
			String from = filter.from().atStartOfDay(EventCalendar.AMSTERDAM).toInstant().toString();
			bool.filter(f -> f.range(r -> r.date(d -> d.field("startsAt").gte(from))));
		}
		if (filter.to() != null) {
			String to = filter.to().plusDays(1).atStartOfDay(EventCalendar.AMSTERDAM).toInstant().toString();
			bool.filter(f -> f.range(r -> r.date(d -> d.field("startsAt").lt(to))));
		}
		return bool;
	}

	Mono<List<EventApi.EventView>> organised(PortalUser caller) {
		PageRequest page = PageRequest.of(0, 200, Sort.by("startsAt").descending());
		Flux<EventDocument> found = caller.isEditor() ? this.events.findAllBy(page)
				: this.events.findByOrganiser(caller.subject(), page);
		return found.collectList()
			.flatMap(list -> withLedgers(list)
				.map(ledgers -> list.stream().map(event -> toView(event, ledgers.get(event.getId()), caller)).toList()));
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
			.then(Mono.defer(() -> this.operations.indexOps(EventDocument.class).refresh()))
			.then();
	}

	private Mono<Void> anonymousOrganiser(EventDocument event) {
		event.setOrganiser(null);
		event.setOrganiserName(null);
		return this.events.save(event).then();
	}

	/** The event first: a ledger left behind by a crash in between is never read. */
	private Mono<Void> deleteDraft(String id) {
		return this.events.deleteById(id).then(Mono.defer(() -> this.operations.delete(id, LedgerDocument.class))).then();
	}

	Mono<EventDocument> create(EventApi.EventRequest request, PortalUser caller) {
		EventDocument event = new EventDocument();
		event.setId(UUID.randomUUID().toString());
		event.setStatus(EventDocument.Status.DRAFT);
		event.setOrganiser(caller.subject());
		event.setOrganiserName(caller.name());
		event.setCreatedAt(this.clock.instant());
		return apply(event, request)
			.flatMap(valid -> this.ledger.create(valid.getId(), valid.getCapacity()).then(this.events.save(valid)))
			.flatMap(this::visibleToSearch);
	}

	/**
	 * Organisers' changes are rare and expected in their lists at once (a search sees a write only after the next
	 * index refresh), so each waits for a refresh of the events index.
	 */
	private Mono<EventDocument> visibleToSearch(EventDocument event) {
		return Mono.defer(() -> this.operations.indexOps(EventDocument.class).refresh()).thenReturn(event);
	}

	/** Validates the request and copies it onto the event, without saving (demo events are created differently). */
	Mono<EventDocument> fill(EventDocument event, EventApi.EventRequest request) {
		return apply(event, request);
	}

	/**
	 * Replaces the event's description, provided nobody saved it since the organiser loaded version {@code expected}.
	 * A new capacity is checked against the confirmed seats first (nothing is written when it is too low), then the
	 * event is saved (compare-and-set), then the ledger follows; should seats have been confirmed in between so that
	 * the ledger refuses, the event's capacity is put back.
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
			return apply(event, request).flatMap(valid -> {
				if (Objects.equals(before, valid.getCapacity())) {
					return this.events.save(valid);
				}
				return this.ledger.read(id)
					.flatMap(ledger -> (valid.getCapacity() != null && valid.getCapacity() < ledger.getConfirmedSeats())
							? Mono.error(capacityBelowConfirmed(Ledger.capacityRefusal(ledger.getConfirmedSeats())))
							: Mono.just(ledger.getCapacityVersion()))
					.defaultIfEmpty(-1L)
					.flatMap(ledgerVersion -> {
						// Above the ledger's too: a ledger from before these counters holds a sequence number.
						valid.setCapacityVersion(Math.max(valid.getCapacityVersion(), ledgerVersion) + 1);
						return this.events.save(valid);
					})
					.flatMap(saved -> resize(saved, before));
			});
		}).onErrorMap(Conflicts::isConflict, ex -> stale()).flatMap(this::visibleToSearch);
	}

	/** Lets the ledger follow the saved event's capacity; when it refuses, the event gets its old capacity back. */
	private Mono<EventDocument> resize(EventDocument saved, Integer before) {
		long version = saved.getCapacityVersion();
		return this.ledger.submit(saved.getId(), new Ledger.Resize(saved.getCapacity(), version)).flatMap(decision -> {
			if (!decision.outcome().refused()) {
				return Mono.just(saved);
			}
			saved.setCapacity(before);
			return Mono.defer(() -> this.events.save(saved))
				// Saved again meanwhile: that edit's own resize decides the capacity.
				.onErrorResume(Conflicts::isConflict, ex -> Mono.empty())
				.then(Mono.error(capacityBelowConfirmed(decision.outcome().refusal())));
		});
	}

	private static PortalException capacityBelowConfirmed(String detail) {
		return new PortalException(HttpStatus.CONFLICT, "capacity-below-confirmed", "Capacity below confirmed seats",
				detail);
	}

	static PortalException stale() {
		return DocumentVersion.stale("event");
	}

	/** Applies a state change to the current event, again on a fresh copy if someone saved it meanwhile. */
	private Mono<EventDocument> transition(String id, DocumentVersion expected, PortalUser caller,
			java.util.function.Function<EventDocument, Mono<EventDocument>> change) {
		return Mono.defer(() -> managed(id, caller)).flatMap(event -> {
			if (expected != null && !DocumentVersion.of(event.getSeqNoPrimaryTerm()).equals(expected)) {
				return Mono.error(stale());
			}
			return change.apply(event);
		}).retryWhen(Retry.max(5).filter(ex -> expected == null && Conflicts.isConflict(ex)))
			.onErrorMap(Conflicts::isConflict, ex -> stale());
	}

	Mono<EventDocument> publish(String id, DocumentVersion expected, PortalUser caller) {
		return transition(id, expected, caller, event -> switch (event.getStatus()) {
			case PUBLISHED -> Mono.just(event);
			case CANCELLED -> Mono.error(new PortalException(HttpStatus.CONFLICT, "event-cancelled",
					"Event cancelled", "A cancelled event cannot be published again."));
			case DRAFT -> {
				event.setStatus(EventDocument.Status.PUBLISHED);
				event.setUpdatedAt(this.clock.instant());
				yield this.events.save(event);
			}
		}).flatMap(this::visibleToSearch);
	}

	/** Cancels the event: no more registrations, every registrant's place released and told by mail. */
	Mono<EventDocument> cancel(String id, DocumentVersion expected, PortalUser caller) {
		return transition(id, expected, caller, event -> {
			if (event.getStatus() == EventDocument.Status.CANCELLED) {
				return Mono.just(event);
			}
			event.setStatus(EventDocument.Status.CANCELLED);
			event.setUpdatedAt(this.clock.instant());
			return this.events.save(event);
		})
			// The status goes first, so no new registration slips in; closing the ledger is idempotent.
			.flatMap(this::visibleToSearch)
			.flatMap(cancelled -> this.ledger.submit(id, new Ledger.Close()).thenReturn(cancelled));
	}

	private Mono<EventDocument> apply(EventDocument event, EventApi.EventRequest request) {
		List<Problems.FieldError> errors = new ArrayList<>();
		Instant startsAt = amsterdam(request.startsAt());
		Instant endsAt = amsterdam(request.endsAt());
		if (!endsAt.isAfter(startsAt)) {
			errors.add(new Problems.FieldError("endsAt", Problems.Code.ENDS_BEFORE_START, "must be after the start"));
		}
		if (request.scope() == EventDocument.Scope.REGIONAL
				&& (request.province() == null || !this.taxonomy.isRegion(request.province()))) {
			errors.add(new Problems.FieldError("province",
					(request.province() == null) ? Problems.Code.REQUIRED : Problems.Code.UNKNOWN_CODE,
					"a regional event needs a known province"));
		}
		if (request.scope() == EventDocument.Scope.NATIONAL && request.province() != null
				&& !this.taxonomy.isRegion(request.province())) {
			errors.add(new Problems.FieldError("province", Problems.Code.UNKNOWN_CODE, "unknown province"));
		}
		boolean hasVenue = request.venue() != null && request.venue().name() != null && !request.venue().name().isBlank();
		boolean online = request.onlineUrl() != null && !request.onlineUrl().isBlank();
		if (!hasVenue && !online) {
			errors.add(new Problems.FieldError("venue", Problems.Code.VENUE_OR_LINK,
					"give a venue, an online link, or both"));
		}
		Instant opens = (request.registrationOpensAt() != null) ? amsterdam(request.registrationOpensAt())
				: (event.getRegistrationOpensAt() != null) ? event.getRegistrationOpensAt() : this.clock.instant();
		Instant closes = (request.registrationClosesAt() != null) ? amsterdam(request.registrationClosesAt())
				: startsAt;
		if (!closes.isAfter(opens)) {
			errors.add(new Problems.FieldError("registrationClosesAt", Problems.Code.CLOSES_BEFORE_OPENING,
					"must be after registration opens"));
		}
		if (closes.isAfter(startsAt)) {
			errors.add(new Problems.FieldError("registrationClosesAt", Problems.Code.CLOSES_AFTER_START,
					"must not be after the start"));
		}
		checkCodes(errors, "partnerships", request.partnerships(), this.taxonomy::isPartnership);
		checkCodes(errors, "aspects", request.aspects(), this.taxonomy::isAspect);
		checkCodes(errors, "sectors", request.sectors(), this.taxonomy::isSector);
		List<EventDocument.Question> questions = new ArrayList<>();
		List<EventApi.QuestionBody> bodies = (request.questions() != null) ? request.questions() : List.of();
		for (int i = 0; i < bodies.size(); i++) {
			EventApi.QuestionBody body = bodies.get(i);
			EventDocument.Question question = this.mapper.toQuestion(body);
			if (question.getId() == null || question.getId().isBlank()) {
				question.setId("q" + (i + 1));
			}
			if (question.getOptions() == null) {
				question.setOptions(new ArrayList<>());
			}
			if (body.type() == EventDocument.Question.Type.CHOICE && question.getOptions().size() < 2) {
				errors.add(new Problems.FieldError("questions[" + i + "].options", Problems.Code.TOO_FEW,
						"a choice needs two or more options", 2L, null));
			}
			questions.add(question);
		}
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidRequestException(errors));
		}
		event.setTitle(request.title().strip());
		event.setDescription(request.description());
		event.setKind(request.kind());
		event.setScope(request.scope());
		event.setProvince(request.province());
		event.setVenue(hasVenue ? this.mapper.toVenue(request.venue()) : null);
		event.setOnlineUrl(online ? request.onlineUrl() : null);
		event.setStartsAt(startsAt);
		event.setEndsAt(endsAt);
		event.setCapacity(request.capacity());
		event.setRegistrationOpensAt(opens);
		event.setRegistrationClosesAt(closes);
		event.setPartnerships(orEmpty(request.partnerships()));
		event.setAspects(orEmpty(request.aspects()));
		event.setSectors(orEmpty(request.sectors()));
		event.setQuestions(questions);
		event.setUpdatedAt(this.clock.instant());
		return Mono.just(event);
	}

	private static void checkCodes(List<Problems.FieldError> errors, String field, List<String> codes,
			Predicate<String> known) {
		if (codes != null && !codes.stream().allMatch(known)) {
			errors.add(new Problems.FieldError(field, Problems.Code.UNKNOWN_CODE, "unknown code"));
		}
	}

	private static List<String> orEmpty(List<String> codes) {
		return (codes != null) ? new ArrayList<>(codes.stream().distinct().toList()) : new ArrayList<>();
	}

	static Instant amsterdam(LocalDateTime local) {
		return local.atZone(EventCalendar.AMSTERDAM).toInstant();
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
