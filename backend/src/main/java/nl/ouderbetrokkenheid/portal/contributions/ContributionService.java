package nl.ouderbetrokkenheid.portal.contributions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.catalog.ExternalPublications;
import nl.ouderbetrokkenheid.portal.files.Attachments;
import nl.ouderbetrokkenheid.portal.files.Download;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;
import nl.ouderbetrokkenheid.portal.system.DocumentWrites;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Visible;
import nl.ouderbetrokkenheid.portal.workflow.DiffView;
import nl.ouderbetrokkenheid.portal.workflow.Transition;
import nl.ouderbetrokkenheid.portal.workflow.Workflow;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowState;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowStep;

import org.springframework.dao.OptimisticLockingFailureException;
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
 * Members' contributions through the shared editorial workflow ({@link Workflow}). As for articles, every write is
 * conditional on the version read (412 when someone else saved first) and a step the state does not allow is 409.
 * Publishing puts the contribution into the catalogue as a practice example or tool through
 * {@link ExternalPublications}, the path that announces new items to saved searches.
 */
@Service
@RequiredArgsConstructor
class ContributionService {

	static final String SOURCE = "contribution";

	static final String KIND = "contribution";

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final int MAX_LIST = 200;

	private final ContributionRepository contributions;

	private final ContributionVersionRepository versions;

	private final ContributionStatsRepository stats;

	@Visible
	private final ReactiveElasticsearchOperations operations;

	private final DocumentWrites writes;

	private final ContributionRules rules;

	private final ExternalPublications catalogue;

	private final ContributionMails mails;

	private final Attachments files;

	private final Clock clock;

	Mono<ContributionDocument> create(PortalUser author, ContributionInput input) {
		return Mono.fromRunnable(() -> this.rules.requireValid(input)).then(Mono.defer(() -> {
			ContributionDocument contribution = new ContributionDocument();
			contribution.setId(UUID.randomUUID().toString());
			contribution.setAuthorSubject(author.subject());
			contribution.setAuthorName(author.name());
			contribution.setState(WorkflowState.DRAFT);
			contribution.setCreatedAt(this.clock.instant());
			apply(contribution, input);
			contribution.getHistory()
				.add(new Transition(null, WorkflowState.DRAFT, author.subject(), author.name(),
						contribution.getCreatedAt(), null, null));
			return this.operations.save(contribution);
		}));
	}

	/** Replaces the content of the author's draft, provided nobody saved it since the given version. */
	Mono<ContributionDocument> update(String id, PortalUser author, DocumentVersion expected, ContributionInput input) {
		return Mono.fromRunnable(() -> this.rules.requireValid(input)).then(managed(id, author)).flatMap(found -> {
			Workflow.requireAuthor(KIND, found.getAuthorSubject(), author);
			requireCurrent(found, expected);
			Workflow.requireEditable(KIND, found.getState());
			apply(found, input);
			return save(found);
		});
	}

	/** Attaches an uploaded file to the author's editable contribution; if that cannot be recorded, the file goes. */
	Mono<ContributionDocument> attach(String id, PortalUser author, MultiValueMap<String, Part> form) {
		return managed(id, author).flatMap(found -> {
			Workflow.requireAuthor(KIND, found.getAuthorSubject(), author);
			Workflow.requireEditable(KIND, found.getState());
			return this.files.attach(fileOwner(id), form, author.subject())
				.flatMap(added -> listFiles(id).onErrorResume(ex -> this.files.detach(fileOwner(id), added.id())
					.onErrorResume(ignored -> Mono.empty())
					.then(Mono.error(ex))));
		});
	}

	Mono<ContributionDocument> detach(String id, PortalUser author, String fileId) {
		return managed(id, author).flatMap(found -> {
			Workflow.requireAuthor(KIND, found.getAuthorSubject(), author);
			Workflow.requireEditable(KIND, found.getState());
			return this.files.detach(fileOwner(id), fileId);
		}).then(Mono.defer(() -> listFiles(id)));
	}

	/** A file of the contribution, to its author and editors (a published one's files are the item's too). */
	Mono<Download> download(String id, String fileId, PortalUser viewer) {
		return managed(id, viewer).flatMap(found -> found.getAttachments()
			.stream()
			.anyMatch(file -> file.id().equals(fileId)) ? this.files.download(fileOwner(id), fileId)
					: Mono.error(new PortalException(HttpStatus.NOT_FOUND, "file-not-found", "File not found",
							"This contribution has no such file.")));
	}

	static String fileOwner(String contributionId) {
		return SOURCE + ":" + contributionId;
	}

	private Mono<ContributionDocument> listFiles(String id) {
		return Mono.defer(() -> this.files.list(fileOwner(id)).collectList().flatMap(list -> byId(id).flatMap(found -> {
			found.setAttachments(new ArrayList<>(list));
			found.setUpdatedAt(this.clock.instant());
			return save(found);
		}))).retryWhen(Retry.max(5).filter(ex -> ex instanceof PortalException portal
				&& portal.status() == HttpStatus.PRECONDITION_FAILED));
	}

	/** One step through the shared workflow, recorded in the history; whoever must act next hears of it. */
	Mono<ContributionDocument> transition(String id, WorkflowStep step, PortalUser actor, DocumentVersion expected,
			String comment) {
		return Mono.fromSupplier(() -> Optional.ofNullable(Workflow.comment(step, comment)))
			.flatMap(note -> managed(id, actor).flatMap(found -> {
				if (step == WorkflowStep.SUBMIT) {
					Workflow.requireAuthor(KIND, found.getAuthorSubject(), actor);
				}
				requireCurrent(found, expected);
				Workflow.requireAllowed(KIND, found.getState(), step);
				if (step == WorkflowStep.SUBMIT) {
					this.rules.requireComplete(found);
				}
				WorkflowState from = found.getState();
				Instant now = this.clock.instant();
				found.setState(step.to());
				found.setUpdatedAt(now);
				Mono<?> before = Mono.empty();
				if (step == WorkflowStep.SUBMIT) {
					found.setSubmissions(found.getSubmissions() + 1);
					found.setSubmittedAt(now);
					before = storeVersion(found, now);
				}
				found.getHistory().add(Workflow.record(from, step, actor, now, note.orElse(null), found.getSubmissions()));
				Mono<ContributionDocument> saved = switch (step) {
					case PUBLISH -> publish(found, now);
					case UNPUBLISH -> {
						found.setItemId(null);
						found.setCatalogueSlug(null);
						yield save(found).flatMap(done -> this.catalogue.withdraw(SOURCE, done.getId()).thenReturn(done));
					}
					default -> before.then(save(found));
				};
				return saved.flatMap(done -> this.mails.afterTransition(done).thenReturn(done));
			}));
	}

	/** Into the catalogue first, then the state: if the state write loses a race, the catalogue entry goes again. */
	private Mono<ContributionDocument> publish(ContributionDocument contribution, Instant now) {
		contribution.setPublishedAt(now);
		return this.files.text(fileOwner(contribution.getId()))
			.flatMap(text -> this.catalogue.publish(contribution.getType(), publication(contribution, text)))
			.flatMap(slug -> {
				contribution.setItemId(ExternalPublications.itemId(SOURCE, contribution.getId()));
				contribution.setCatalogueSlug(slug);
				return save(contribution).onErrorResume(ex -> this.catalogue.withdraw(SOURCE, contribution.getId())
					.onErrorResume(ignored -> Mono.empty())
					.then(Mono.error(ex)));
			});
	}

	/** The catalogue's copy: named (with organisation) only when the contributor agreed; anonymous otherwise. */
	static ExternalPublications.Publication publication(ContributionDocument contribution, String attachmentText) {
		boolean named = contribution.isShowName() && contribution.getAuthorSubject() != null;
		return new ExternalPublications.Publication(SOURCE, contribution.getId(), contribution.getId(),
				contribution.getTitle(), contribution.getSummary(), body(contribution), contribution.getPartnerships(),
				contribution.getAspects(), contribution.getSectors(), contribution.getRegion(),
				named ? contribution.getOrganisation() : null, named ? contribution.getAuthorName() : null,
				named ? contribution.getAuthorSubject() : null, List.of(),
				contribution.getPublishedAt().atZone(AMSTERDAM).toLocalDate(), false,
				fileOwner(contribution.getId()), List.copyOf(contribution.getAttachments()), attachmentText);
	}

	/** The item's body: the four sections under Dutch headings, in the order the form asks for them. */
	static String body(ContributionDocument contribution) {
		List<String> parts = new ArrayList<>();
		section(parts, "Context", contribution.getContext());
		section(parts, "Aanpak", contribution.getApproach());
		section(parts, "Resultaat", contribution.getResult());
		section(parts, "Tips", contribution.getTips());
		return String.join("\n\n", parts);
	}

	private static void section(List<String> parts, String heading, String text) {
		if (text != null && !text.isBlank()) {
			parts.add("## " + heading + "\n\n" + text.strip());
		}
	}

	private Mono<Boolean> storeVersion(ContributionDocument contribution, Instant now) {
		ContributionVersionDocument version = new ContributionVersionDocument();
		version.setId(ContributionVersionDocument.idOf(contribution.getId(), contribution.getSubmissions()));
		version.setContributionId(contribution.getId());
		version.setAuthorSubject(contribution.getAuthorSubject());
		version.setNumber(contribution.getSubmissions());
		version.setType(contribution.getType());
		version.setTitle(contribution.getTitle());
		version.setSummary(contribution.getSummary());
		version.setContext(contribution.getContext());
		version.setApproach(contribution.getApproach());
		version.setResult(contribution.getResult());
		version.setTips(contribution.getTips());
		version.setPartnerships(contribution.getPartnerships());
		version.setAspects(contribution.getAspects());
		version.setSectors(contribution.getSectors());
		version.setRegion(contribution.getRegion());
		version.setOrganisation(contribution.getOrganisation());
		version.setSubmittedAt(now);
		// Created once: a retry after a lost race leaves the first stored copy (the same content) in place.
		return this.writes.create(version.getId(), version, true);
	}

	Mono<DiffView> diff(String id, PortalUser viewer, Integer from, Integer to) {
		return managed(id, viewer).flatMap(found -> Workflow.diff(found.getSubmissions(), from, to,
				number -> version(id, number).map(ContributionService::asText)));
	}

	private Mono<ContributionVersionDocument> version(String id, int number) {
		return this.versions.findById(ContributionVersionDocument.idOf(id, number))
			.switchIfEmpty(Mono.error(() -> new PortalException(HttpStatus.NOT_FOUND, "version-not-found",
					"Version not found", "Version " + number + " of this contribution was not kept.")));
	}

	/** A version as editors compare it: every field a reader sees, then the sections. */
	static String asText(ContributionVersionDocument version) {
		ContributionDocument shown = new ContributionDocument();
		shown.setContext(version.getContext());
		shown.setApproach(version.getApproach());
		shown.setResult(version.getResult());
		shown.setTips(version.getTips());
		return String.join("\n", "# " + version.getTitle(), "", Objects.toString(version.getSummary(), ""), "",
				"[" + version.getType() + "] [" + String.join(", ", version.getPartnerships()) + "] ["
						+ String.join(", ", version.getAspects()) + "] [" + String.join(", ", version.getSectors())
						+ "] [" + Objects.toString(version.getRegion(), "") + "] "
						+ Objects.toString(version.getOrganisation(), ""),
				"", body(shown).replace("\r\n", "\n"));
	}

	Mono<ContributionDocument> byId(String id) {
		return this.contributions.findById(id).switchIfEmpty(Mono.error(ContributionService::notFound));
	}

	/** The contribution if the caller wrote it or edits; to anyone else it is not there. */
	Mono<ContributionDocument> managed(String id, PortalUser viewer) {
		return byId(id).filter(found -> viewer.mayManage(found.getAuthorSubject()))
			.switchIfEmpty(Mono.error(ContributionService::notFound));
	}

	Flux<ContributionDocument> mine(String subject) {
		return this.contributions.findByAuthorSubject(subject,
				PageRequest.of(0, MAX_LIST, Sort.by(Sort.Direction.DESC, "updatedAt")));
	}

	Flux<ContributionDocument> inState(WorkflowState state) {
		Sort order = (state == WorkflowState.SUBMITTED) ? Sort.by(Sort.Direction.ASC, "submittedAt")
				: Sort.by(Sort.Direction.DESC, "updatedAt");
		return this.contributions.findByState(state, PageRequest.of(0, MAX_LIST, order));
	}

	/** How often the published contribution's page was read. */
	Mono<Long> views(String id) {
		return this.stats.findById(id).map(ContributionStatsDocument::getViews).defaultIfEmpty(0L);
	}

	/** Counts one read of a contribution's item; concurrent reads each count (the version decides, then retry). */
	Mono<Void> countView(String itemId) {
		String prefix = SOURCE + "-";
		if (itemId == null || !itemId.startsWith(prefix)) {
			return Mono.empty();
		}
		String id = itemId.substring(prefix.length());
		return Mono.defer(() -> this.stats.findById(id).flatMap(found -> {
			found.setViews(found.getViews() + 1);
			found.setUpdatedAt(this.clock.instant());
			return this.stats.save(found);
		}).switchIfEmpty(Mono.defer(() -> {
			ContributionStatsDocument first = new ContributionStatsDocument();
			first.setId(id);
			first.setViews(1);
			first.setUpdatedAt(this.clock.instant());
			return this.writes.create(id, first).flatMap(created -> created ? Mono.just(first)
					: Mono.error(new OptimisticLockingFailureException("created meanwhile")));
		}))).retryWhen(Retry.max(10).filter(Conflicts::isConflict)).then();
	}

	/**
	 * On account erasure. A contribution that is not published goes, with its versions, files and counts. A published
	 * one stays in the catalogue for readers, anonymised (no name, no organisation), while the contribution record
	 * itself (history, versions, counts) goes: nobody can act as its author any more, and editors manage the item as
	 * any catalogue item. An editor's name leaves the history of contributions they decided on.
	 */
	Mono<Void> erase(String subject) {
		Mono<Void> authored = this.contributions.findByAuthorSubject(subject, PageRequest.of(0, 1000))
			.concatMap(found -> {
				Mono<Void> item;
				if (found.getState() == WorkflowState.PUBLISHED) {
					found.setShowName(false);
					found.setAuthorSubject(null);
					found.setAuthorName(null);
					found.setOrganisation(null);
					item = this.files.text(fileOwner(found.getId()))
						.flatMap(text -> this.catalogue.publish(found.getType(), publication(found, text)))
						.then();
				}
				else {
					item = this.catalogue.withdraw(SOURCE, found.getId()).then(this.files.detachAll(fileOwner(found.getId())));
				}
				return item.thenMany(this.versions.findByContributionId(found.getId(), PageRequest.of(0, 1000)))
					.concatMap(this.operations::delete)
					.then(this.stats.deleteById(found.getId()))
					.then(this.operations.delete(found));
			})
			.then();
		Mono<Void> reviewed = this.contributions.findByHistoryActorSubject(subject, PageRequest.of(0, 1000))
			.concatMap(found -> Workflow.forget(found.getHistory(), subject) ? this.operations.save(found)
					: Mono.just(found))
			.then();
		return authored.then(reviewed);
	}

	private void apply(ContributionDocument contribution, ContributionInput input) {
		contribution.setType(input.type());
		contribution.setTitle(input.title().strip());
		contribution.setSummary(strip(input.summary()));
		contribution.setContext(strip(input.context()));
		contribution.setApproach(strip(input.approach()));
		contribution.setResult(strip(input.result()));
		contribution.setTips(strip(input.tips()));
		contribution.setPartnerships(distinct(input.partnerships()));
		contribution.setAspects(distinct(input.aspects()));
		contribution.setSectors(distinct(input.sectors()));
		contribution.setRegion(strip(input.region()));
		contribution.setOrganisation(strip(input.organisation()));
		contribution.setShowName(input.showName());
		contribution.setUpdatedAt(this.clock.instant());
	}

	private Mono<ContributionDocument> save(ContributionDocument contribution) {
		return Mono.defer(() -> this.operations.save(contribution))
			.onErrorMap(OptimisticLockingFailureException.class, ex -> DocumentVersion.stale(KIND));
	}

	private static void requireCurrent(ContributionDocument contribution, DocumentVersion expected) {
		if (expected != null && !DocumentVersion.of(contribution.getSeqNoPrimaryTerm()).equals(expected)) {
			throw DocumentVersion.stale(KIND);
		}
	}

	private static PortalException notFound() {
		return new PortalException(HttpStatus.NOT_FOUND, "contribution-not-found", "Contribution not found",
				"There is no such contribution, or it is not yours.");
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static List<String> distinct(List<String> values) {
		return (values != null) ? new ArrayList<>(new LinkedHashSet<>(values.stream().filter(Objects::nonNull).toList()))
				: new ArrayList<>();
	}

}
