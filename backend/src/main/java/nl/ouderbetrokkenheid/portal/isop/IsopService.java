package nl.ouderbetrokkenheid.portal.isop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.catalog.ItemCards;
import nl.ouderbetrokkenheid.portal.catalog.Slugs;
import nl.ouderbetrokkenheid.portal.events.EventCards;
import nl.ouderbetrokkenheid.portal.files.Attachment;
import nl.ouderbetrokkenheid.portal.files.Attachments;
import nl.ouderbetrokkenheid.portal.files.Download;
import nl.ouderbetrokkenheid.portal.identity.Contacts;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.identity.Role;
import nl.ouderbetrokkenheid.portal.mail.Outbox;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.system.Visible;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The track of a school's dossier: applying, evidence, assignment, visits, findings, decisions, consent. Every step
 * is checked by {@link Track} against the state, by {@link IsopRules} against the input, and recorded in the
 * dossier's history (who, when, what) in the same write as its effect.
 */
@Service
@RequiredArgsConstructor
class IsopService {

	/** At most this many dossiers in a list: a contact has a handful, an assessor some dozens. */
	private static final int MAX_LIST = 500;

	/** What {@link LinksInput} allows of each. */
	private static final int MAX_LINKS = 20;

	private final SchoolRepository schools;

	// "My dossiers" lists are searches: the writer must see a new dossier in them at once.
	@Visible
	private final ReactiveElasticsearchOperations operations;

	private final IsopRules rules;

	private final IsopMails mails;

	private final IsopProperties properties;

	private final Attachments files;

	private final Contacts contacts;

	private final ItemCards items;

	private final EventCards events;

	private final Outbox outbox;

	private final Clock clock;

	static String fileOwner(String schoolId) {
		return "isop:" + schoolId;
	}

	Mono<SchoolDocument> apply(PortalUser caller, SchoolApplication input) {
		return apply(caller, input, false);
	}

	Mono<SchoolDocument> apply(PortalUser caller, SchoolApplication input, boolean demo) {
		return Mono.fromRunnable(() -> this.rules.requireValid(input)).then(Mono.defer(() -> {
			Instant now = this.clock.instant();
			SchoolDocument school = new SchoolDocument();
			school.setId(UUID.randomUUID().toString());
			school.setName(input.name().strip());
			school.setBrin(input.brin().strip());
			school.setPlace(input.place().strip());
			school.setProvince(input.province());
			school.setSector(input.sector());
			school.setOrganisation((input.organisation() != null && !input.organisation().isBlank())
					? input.organisation().strip() : school.getName());
			school.setSearchText(String.join(" ", school.getName(), school.getPlace(), school.getOrganisation()));
			school.setContactSubject(caller.subject());
			school.setContactName(caller.name());
			school.setContactEmail(caller.email());
			school.getParticipants().add(caller.subject());
			school.setDemo(demo);
			school.setCreatedAt(now);
			school.setUpdatedAt(now);
			for (String guideline : this.rules.guidelines()) {
				school.getSections().add(new SchoolDocument.Section(guideline));
			}
			school.setState(Track.after(null, Track.Action.APPLY));
			school.getHistory()
				.add(new SchoolDocument.Step(Track.Action.APPLY.key(), null, school.getState(), caller.subject(),
						caller.name(), now, null));
			return Slugs.unique(Slugs.of(school.getName()), Track.RESERVED_SLUGS, this.schools::existsBySlug).flatMap(slug -> {
				school.setSlug(slug);
				return this.operations.save(school);
			});
		}));
	}

	/** The dossiers the caller works on: a contact's own, an assessor's assigned ones, all for editors and admins. */
	Flux<SchoolDocument> dossiers(PortalUser caller) {
		PageRequest page = PageRequest.of(0, MAX_LIST, Sort.by(Sort.Direction.DESC, "updatedAt"));
		if (caller.isEditor() || caller.has(Role.ADMIN)) {
			return this.schools.findAll(Sort.by(Sort.Direction.DESC, "updatedAt")).take(MAX_LIST);
		}
		Flux<SchoolDocument> own = caller.has(Role.SCHOOL_CONTACT)
				? this.schools.findByContactSubject(caller.subject(), page) : Flux.empty();
		Flux<SchoolDocument> assigned = caller.has(Role.ASSESSOR)
				? this.schools.findByAssessorSubject(caller.subject(), page) : Flux.empty();
		return Flux.concat(own, assigned).distinct(SchoolDocument::getId);
	}

	/** A dossier the caller may see; 404 for anyone else, so ids reveal nothing. */
	Mono<SchoolDocument> dossier(String id, PortalUser caller) {
		return this.schools.findById(id)
			.filter(school -> IsopViews.Access.of(school, caller).any())
			.switchIfEmpty(Mono.error(IsopService::notFound));
	}

	Mono<SchoolDocument> submit(String id, PortalUser caller) {
		return change(id, caller, Who.CONTACT, Track.Action.SUBMIT, school -> {
			boolean empty = school.getSections().stream().allMatch(section -> section.getEvidence().isEmpty());
			if (empty) {
				throw new InvalidRequestException("evidence", Problems.Code.REQUIRED,
						"add evidence to the dossier before handing it in");
			}
			return null;
		});
	}

	Mono<SchoolDocument> restart(String id, PortalUser caller) {
		return change(id, caller, Who.CONTACT, Track.Action.RESTART, school -> {
			// A new track assesses anew; the label in force stays until it expires.
			school.getSections().forEach(section -> section.setStatus(SectionStatus.OPEN));
			school.setAssessorSubject(null);
			school.setAssessorName(null);
			school.setAssessorEmail(null);
			return null;
		});
	}

	/**
	 * Assigns an assessor: one the portal knows (by subject, or by the address of their profile), or, by address, one
	 * who has not logged in yet; the dossier becomes theirs at that login ({@link #joined}). Either way the assessor
	 * gets a mail, queued after the write (its key sends it once).
	 */
	Mono<SchoolDocument> assign(String id, PortalUser caller, AssignInput input) {
		return Mono.fromRunnable(() -> this.rules.requireValid(input))
			.then(Mono.defer(() -> assignee(input)))
			.flatMap(assessor -> change(id, caller, Who.STAFF, Track.Action.ASSIGN, school -> {
				school.setAssessorSubject(assessor.subject());
				school.setAssessorName(assessor.name());
				// Only a pending assignment keeps the address: a known assessor's is in their profile.
				school.setAssessorEmail((assessor.subject() == null) ? assessor.email() : null);
				if (assessor.subject() != null) {
					school.getParticipants().add(assessor.subject());
				}
				return assessor.name();
			}).flatMap(school -> this.outbox
				.enqueue(this.mails.assigned(school, school.getHistory().getLast(), assessor.email(), assessor.name()))
				.thenReturn(school)));
	}

	/** The assessor an assignment names; by address, someone without a profile (or without the role yet) is pending. */
	private Mono<Contacts.Contact> assignee(AssignInput input) {
		if (input.assessorSubject() != null && !input.assessorSubject().isBlank()) {
			return this.contacts.withRole(Role.ASSESSOR)
				.filter(contact -> contact.subject().equals(input.assessorSubject()))
				.next()
				.switchIfEmpty(Mono.error(() -> new InvalidRequestException("assessorSubject",
						Problems.Code.NOT_AN_OPTION, "not an assessor")));
		}
		String email = normalisedEmail(input.assessorEmail());
		return this.contacts.withRole(Role.ASSESSOR)
			.filter(contact -> email.equals(normalisedEmail(contact.email())))
			.next()
			.defaultIfEmpty(new Contacts.Contact(null, null, email));
	}

	static String normalisedEmail(String email) {
		return (email == null) ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * An assessor logged in (or was given the role): the dossiers assigned to their address before become theirs, each
	 * a step in its history. A dossier assigned to someone else meanwhile is left alone.
	 */
	Flux<SchoolDocument> joined(Contacts.Contact assessor) {
		String email = normalisedEmail(assessor.email());
		if (email.isEmpty()) {
			return Flux.empty();
		}
		return this.schools.findByAssessorEmail(email, PageRequest.of(0, MAX_LIST))
			.concatMap(found -> Mono.defer(() -> this.schools.findById(found.getId()))
				.filter(school -> school.getAssessorSubject() == null && email.equals(school.getAssessorEmail()))
				.flatMap(school -> {
					TrackState state = school.getState();
					Instant now = this.clock.instant();
					school.setAssessorSubject(assessor.subject());
					school.setAssessorName(assessor.name());
					school.setAssessorEmail(null);
					school.getParticipants().add(assessor.subject());
					school.setUpdatedAt(now);
					school.getHistory()
						.add(new SchoolDocument.Step(Track.Action.ASSESSOR_JOINED.key(), state,
								Track.after(state, Track.Action.ASSESSOR_JOINED), assessor.subject(), assessor.name(),
								now, null));
					// "My dossiers" is a search: the assessor's first page after logging in must show it.
					return this.operations.save(school);
				})
				.retryWhen(Retry.backoff(10, Duration.ofMillis(5))
					.maxBackoff(Duration.ofMillis(200))
					.filter(Conflicts::isConflict)));
	}

	Mono<List<IsopViews.AssessorView>> assessors() {
		return this.contacts.withRole(Role.ASSESSOR)
			.map(contact -> new IsopViews.AssessorView(contact.subject(), contact.name()))
			.collectList();
	}

	Mono<SchoolDocument> addEvidence(String id, String guideline, PortalUser caller, EvidenceInput input) {
		return Mono.fromRunnable(() -> {
			this.rules.requireGuideline(guideline);
			this.rules.requireValid(input);
		}).then(Mono.defer(() -> dossier(id, caller))).flatMap(found -> {
			IsopViews.Access access = IsopViews.Access.of(found, caller);
			// The assigned assessor adds notes of visits and conversations; everything else is the school's.
			boolean assessorNote = access.assessor() && input.kind().isNote() && !access.contact();
			Who who = assessorNote ? Who.ASSESSOR : Who.CONTACT;
			Track.Action action = assessorNote ? Track.Action.RECORD_FINDING : Track.Action.ADD_EVIDENCE;
			return change(id, caller, who, action, school -> {
				SchoolDocument.Evidence evidence = new SchoolDocument.Evidence(UUID.randomUUID().toString(),
						input.kind(), input.title().strip(), blankToNull(input.url()), blankToNull(input.text()), null,
						null, null, null, caller.subject(), caller.name(), this.clock.instant());
				school.section(guideline).getEvidence().add(evidence);
				return guideline + ": " + evidence.getTitle();
			}, Track.Action.ADD_EVIDENCE);
		});
	}

	/**
	 * Uploads a document into a section. The file is stored first (the files feature checks it); if the dossier cannot
	 * take it (the track moved on, a conflict that does not resolve), the file goes again: nothing half-stored.
	 */
	Mono<SchoolDocument> upload(String id, String guideline, PortalUser caller, MultiValueMap<String, Part> form) {
		return Mono.fromRunnable(() -> this.rules.requireGuideline(guideline))
			.then(Mono.defer(() -> dossier(id, caller)))
			.flatMap(school -> {
				requireWho(school, caller, Who.CONTACT);
				Track.after(school.getState(), Track.Action.ADD_EVIDENCE);
				return this.files.attach(fileOwner(id), form, caller.subject());
			})
			.flatMap(file -> change(id, caller, Who.CONTACT, Track.Action.ADD_EVIDENCE,
					school -> addDocument(school, guideline, file, caller), Track.Action.ADD_EVIDENCE)
				.onErrorResume(ex -> this.files.detach(fileOwner(id), file.id())
					.onErrorResume(ignored -> Mono.empty())
					.then(Mono.error(ex))));
	}

	/** Adds a document the portal made itself (demo content). */
	Mono<SchoolDocument> upload(String id, String guideline, PortalUser caller, String name, byte[] content) {
		return this.files.attach(fileOwner(id), name, content, true)
			.flatMap(file -> change(id, caller, Who.CONTACT, Track.Action.ADD_EVIDENCE,
					school -> addDocument(school, guideline, file, caller), Track.Action.ADD_EVIDENCE));
	}

	private String addDocument(SchoolDocument school, String guideline, Attachment file, PortalUser caller) {
		SchoolDocument.Evidence evidence = new SchoolDocument.Evidence(UUID.randomUUID().toString(),
				EvidenceKind.DOCUMENT, file.name(), null, null, file.id(), file.name(), file.contentType(), file.size(),
				caller.subject(), caller.name(), this.clock.instant());
		school.section(guideline).getEvidence().add(evidence);
		return guideline + ": " + file.name();
	}

	Mono<SchoolDocument> removeEvidence(String id, String evidenceId, PortalUser caller) {
		List<String> removedFile = new ArrayList<>();
		return change(id, caller, Who.CONTACT, Track.Action.REMOVE_EVIDENCE, school -> {
			for (SchoolDocument.Section section : school.getSections()) {
				for (SchoolDocument.Evidence evidence : List.copyOf(section.getEvidence())) {
					if (evidence.getId().equals(evidenceId)) {
						section.getEvidence().remove(evidence);
						removedFile.clear();
						if (evidence.getFileId() != null) {
							removedFile.add(evidence.getFileId());
						}
						return section.getGuideline() + ": " + evidence.getTitle();
					}
				}
			}
			throw new PortalException(HttpStatus.NOT_FOUND, "isop-evidence-not-found", "Evidence not found",
					"This dossier has no such evidence.");
		}).flatMap(school -> Flux.fromIterable(removedFile)
			.concatMap(fileId -> this.files.detach(fileOwner(id), fileId).onErrorResume(PortalException::isNotFound,
					ex -> Mono.empty()))
			.then(Mono.just(school)));
	}

	/** A document of the dossier, to whoever may see the dossier. */
	Mono<Download> download(String id, String fileId, PortalUser caller) {
		return dossier(id, caller).flatMap(school -> school.getSections()
			.stream()
			.flatMap(section -> section.getEvidence().stream())
			.anyMatch(evidence -> fileId.equals(evidence.getFileId())) ? this.files.download(fileOwner(id), fileId)
					: Mono.error(new PortalException(HttpStatus.NOT_FOUND, "file-not-found", "File not found",
							"This dossier has no such file.")));
	}

	Mono<SchoolDocument> planVisit(String id, PortalUser caller, VisitInput input) {
		SchoolDocument.Visit visit = new SchoolDocument.Visit();
		return Mono.fromRunnable(() -> this.rules.requireValid(input, this.clock.instant()))
			.then(Mono.defer(() -> change(id, caller, Who.ASSESSOR, Track.Action.PLAN_VISIT, school -> {
				visit.setId(UUID.randomUUID().toString());
				visit.setStartsAt(input.startsAt());
				visit.setEndsAt(input.endsAt());
				visit.setLocation(input.location().strip());
				visit.setNote(blankToNull(input.note()));
				visit.setPlannedBySubject(caller.subject());
				visit.setPlannedByName(caller.name());
				school.getVisits().add(visit);
				return visit.getLocation() + ", " + visit.getStartsAt();
			})))
			// Stored first, then queued: the outbox's key sends it once even if this is retried.
			.flatMap(school -> (school.getContactEmail() == null) ? Mono.just(school)
					: this.outbox.enqueue(this.mails.visit(school, visit)).thenReturn(school));
	}

	Mono<SchoolDocument> recordFinding(String id, String guideline, PortalUser caller, FindingInput input) {
		return Mono.fromRunnable(() -> {
			this.rules.requireGuideline(guideline);
			this.rules.requireValid(input);
		}).then(Mono.defer(() -> change(id, caller, Who.ASSESSOR, Track.Action.RECORD_FINDING, school -> {
			SchoolDocument.Section section = school.section(guideline);
			section.setStatus(input.status());
			section.getFindings()
				.add(new SchoolDocument.Finding(input.status(), input.text().strip(), caller.subject(), caller.name(),
						this.clock.instant()));
			return guideline + ": " + input.status();
		})));
	}

	/** Award, ask for more, or decline: always with a reason; the label only when every guideline is met. */
	Mono<SchoolDocument> decide(String id, Track.Action decision, PortalUser caller, DecisionInput input) {
		return Mono.fromRunnable(() -> this.rules.requireValid(input))
			.then(Mono.defer(() -> change(id, caller, Who.ASSESSOR, decision, school -> {
				if (decision == Track.Action.AWARD) {
					List<String> open = Track.notMet(school.getSections(), this.rules.guidelines());
					if (!open.isEmpty()) {
						throw new PortalException(HttpStatus.CONFLICT, "isop-guidelines-not-met",
								"Not every guideline is met", "Guidelines without a 'met' finding: " + open + ".");
					}
					Instant now = this.clock.instant();
					school.setLabel(new SchoolDocument.Label(now, Track.validUntil(now, this.properties.validity()),
							input.reason().strip(), null));
				}
				return input.reason().strip();
			})))
			.flatMap(school -> (school.getContactEmail() == null) ? Mono.just(school)
					: this.outbox.enqueue(this.mails.decision(school, school.getHistory().getLast())).thenReturn(school));
	}

	Mono<SchoolDocument> consent(String id, PortalUser caller, ConsentInput input) {
		return Mono.fromRunnable(() -> this.rules.requireValid(input))
			.then(Mono.defer(() -> change(id, caller, Who.CONTACT,
					input.given() ? Track.Action.CONSENT_GIVEN : Track.Action.CONSENT_WITHDRAWN, school -> {
						Instant now = this.clock.instant();
						SchoolDocument.Consent consent = (school.getConsent() != null) ? school.getConsent()
								: new SchoolDocument.Consent();
						if (input.given()) {
							consent.setGiven(true);
							consent.setGivenAt(now);
							consent.setWithdrawnAt(null);
						}
						else {
							consent.setGiven(false);
							consent.setWithdrawnAt(now);
						}
						consent.setRecordedBySubject(caller.subject());
						consent.setRecordedByName(caller.name());
						school.setConsent(consent);
						return null;
					})));
	}

	/** The school's shared practice (published items) and its events (upcoming, published): anything else is a 400. */
	Mono<SchoolDocument> links(String id, PortalUser caller, LinksInput input) {
		List<String> slugs = (input != null && input.items() != null) ? input.items() : List.of();
		List<String> eventIds = (input != null && input.events() != null) ? input.events() : List.of();
		return Mono.fromRunnable(() -> this.rules.requireValid(input))
			.then(Mono.defer(() -> Mono.zip(this.items.practice(null, slugs, MAX_LINKS),
					this.events.upcoming(null, eventIds, MAX_LINKS))))
			.flatMap(found -> {
				List<String> knownItems = found.getT1().stream().map(ItemCards.Card::slug).toList();
				List<String> knownEvents = found.getT2().stream().map(EventCards.Card::id).toList();
				List<Problems.FieldError> errors = new ArrayList<>();
				for (int i = 0; i < slugs.size(); i++) {
					if (!knownItems.contains(slugs.get(i))) {
						errors.add(new Problems.FieldError("items[" + i + "]", Problems.Code.NOT_AN_OPTION,
								"no published item '" + slugs.get(i) + "'"));
					}
				}
				for (int i = 0; i < eventIds.size(); i++) {
					if (!knownEvents.contains(eventIds.get(i))) {
						errors.add(new Problems.FieldError("events[" + i + "]", Problems.Code.NOT_AN_OPTION,
								"no upcoming published event '" + eventIds.get(i) + "'"));
					}
				}
				if (!errors.isEmpty()) {
					return Mono.error(new InvalidRequestException(errors));
				}
				return change(id, caller, Who.CONTACT, Track.Action.LINKS, school -> {
					school.setLinkedItems(new ArrayList<>(slugs.stream().distinct().toList()));
					school.setLinkedEvents(new ArrayList<>(eventIds.stream().distinct().toList()));
					return null;
				});
			});
	}

	/**
	 * Deletes the dossier and its files: by an editor or administrator, or by its contact as long as no label was
	 * awarded (an awarded label is the school's public record; the contact starts a new track instead).
	 */
	Mono<Void> delete(String id, PortalUser caller) {
		return dossier(id, caller).flatMap(school -> {
			IsopViews.Access access = IsopViews.Access.of(school, caller);
			if (!access.contact() && !access.staff()) {
				return Mono.error(notFound());
			}
			if (!access.staff() && school.getLabel() != null) {
				return Mono.error(new PortalException(HttpStatus.CONFLICT, "isop-dossier-awarded",
						"An awarded dossier stays", "A dossier whose label was awarded cannot be withdrawn."));
			}
			return delete(school);
		});
	}

	/** The shared practice and events the contact chose, as cards (published items; upcoming published events). */
	Mono<IsopViews.LinksView> linked(String id, PortalUser caller) {
		return dossier(id, caller).flatMap(school -> Mono.zip(
				this.items.practice(null, school.getLinkedItems(), MAX_LINKS),
				this.events.upcoming(null, school.getLinkedEvents(), MAX_LINKS),
				IsopViews.LinksView::new));
	}

	/** The document first: files nothing names are harmless, a dossier naming missing files is not. */
	Mono<Void> delete(SchoolDocument school) {
		return this.operations.delete(school).then(this.files.detachAll(fileOwner(school.getId())));
	}

	/** Who must do a step: the school's contact, the assigned assessor, or an editor/administrator. */
	enum Who {

		CONTACT, ASSESSOR, STAFF

	}

	private Mono<SchoolDocument> change(String id, PortalUser caller, Who who, Track.Action action,
			Function<SchoolDocument, String> effect) {
		return change(id, caller, who, action, effect, action);
	}

	/**
	 * Reads the dossier, checks the caller and the step, applies the effect, records the step and saves with the
	 * version read; a concurrent write means reading and applying again.
	 */
	private Mono<SchoolDocument> change(String id, PortalUser caller, Who who, Track.Action check,
			Function<SchoolDocument, String> effect, Track.Action recorded) {
		return Mono.defer(() -> dossier(id, caller).flatMap(school -> {
			requireWho(school, caller, who);
			TrackState from = school.getState();
			TrackState to = Track.after(from, check);
			String detail = effect.apply(school);
			Instant now = this.clock.instant();
			school.setState(to);
			school.setUpdatedAt(now);
			school.getParticipants().add(caller.subject());
			school.getHistory()
				.add(new SchoolDocument.Step(recorded.key(), from, to, caller.subject(), caller.name(), now, detail));
			return this.operations.save(school);
		})).retryWhen(Retry.backoff(10, Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(200)).filter(Conflicts::isConflict));
	}

	private static void requireWho(SchoolDocument school, PortalUser caller, Who who) {
		IsopViews.Access access = IsopViews.Access.of(school, caller);
		boolean allowed = switch (who) {
			case CONTACT -> access.contact();
			case ASSESSOR -> access.assessor();
			case STAFF -> access.staff();
		};
		if (!allowed) {
			throw new PortalException(HttpStatus.FORBIDDEN, "isop-not-yours", "Not your step",
					"This step in this dossier is for " + who.name().toLowerCase(java.util.Locale.ROOT) + ".");
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	static PortalException notFound() {
		return new PortalException(HttpStatus.NOT_FOUND, "isop-dossier-not-found", "Dossier not found",
				"There is no such dossier here.");
	}

}
