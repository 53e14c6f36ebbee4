package nl.ouderbetrokkenheid.portal.contributions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.catalog.ExternalPublications;
import nl.ouderbetrokkenheid.portal.files.Download;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;
import nl.ouderbetrokkenheid.portal.system.DocumentWrites;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Visible;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
import nl.ouderbetrokkenheid.portal.workflow.Desk;
import nl.ouderbetrokkenheid.portal.workflow.DiffView;
import nl.ouderbetrokkenheid.portal.workflow.Workflow;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowMails;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowState;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowStep;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowSteps;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowVersion;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Members' contributions through the shared editorial workflow ({@link WorkflowSteps}). As for articles, every write is
 * conditional on the version read (412 when someone else saved first) and a step the state does not allow is 409.
 * Publishing puts the contribution into the catalogue as a practice example or tool through
 * {@link ExternalPublications}, the path that announces new items to saved searches.
 */
@Service
@RequiredArgsConstructor
class ContributionService implements Desk<ContributionDocument, ContributionVersionDocument> {

	static final String SOURCE = "contribution";

	static final String KIND = "contribution";

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final int MAX_LIST = 200;

	private static final WorkflowMails.Words WORDS = new WorkflowMails.Words(KIND, "bijdrage", "Nieuwe bijdrage",
			"Die", "/redactie/bijdragen/", "Je bijdragen", "/mijn-bijdragen", false);

	private final ContributionRepository contributions;

	private final ContributionVersionRepository versions;

	private final ContributionStatsRepository stats;

	@Visible
	private final ReactiveElasticsearchOperations operations;

	private final DocumentWrites writes;

	private final ContributionRules rules;

	private final ExternalPublications catalogue;

	private final WorkflowSteps steps;

	private final WorkflowMails mails;

	private final Clock clock;

	Mono<ContributionDocument> create(PortalUser author, ContributionInput input) {
		return Mono.fromRunnable(() -> this.rules.requireValid(input)).then(Mono.defer(() -> {
			ContributionDocument contribution = this.steps.start(new ContributionDocument(), author.subject(),
					author.name());
			apply(contribution, input);
			return this.operations.save(contribution);
		}));
	}

	/** Replaces the content of the author's draft, provided nobody saved it since the given version. */
	Mono<ContributionDocument> update(String id, PortalUser author, DocumentVersion expected, ContributionInput input) {
		return this.steps.update(this, id, author, expected, () -> this.rules.requireValid(input),
				found -> apply(found, input));
	}

	/** Attaches an uploaded file to the author's editable contribution; if that cannot be recorded, the file goes. */
	Mono<ContributionDocument> attach(String id, PortalUser author, MultiValueMap<String, Part> form) {
		return this.steps.attach(this, id, author, form);
	}

	Mono<ContributionDocument> detach(String id, PortalUser author, String fileId) {
		return this.steps.detach(this, id, author, fileId);
	}

	/** A file of the contribution, to its author and editors (a published one's files are the item's too). */
	Mono<Download> download(String id, String fileId, PortalUser viewer) {
		return this.steps.download(this, managed(id, viewer), fileId);
	}

	static String fileOwner(String contributionId) {
		return Workflow.fileOwner(SOURCE, contributionId);
	}

	/** One step through the shared workflow, recorded in the history; whoever must act next hears of it. */
	Mono<ContributionDocument> transition(String id, WorkflowStep step, PortalUser actor, DocumentVersion expected,
			String comment) {
		return this.steps.transition(this, id, step, actor, expected, comment);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Mono<ContributionDocument> find(String id) {
		return this.contributions.findById(id);
	}

	/** Its author and editors only: a published contribution is read as its catalogue item. */
	@Override
	public boolean readable(ContributionDocument contribution, PortalUser caller) {
		return caller.mayManage(contribution.getAuthorSubject());
	}

	@Override
	public void requireComplete(ContributionDocument contribution) {
		this.rules.requireComplete(contribution);
	}

	@Override
	public Mono<String> intoCatalogue(ContributionDocument contribution) {
		return this.steps.fileText(SOURCE, contribution.getId())
			.flatMap(text -> this.catalogue.publish(contribution.getType(), publication(contribution, text)));
	}

	@Override
	public void listed(ContributionDocument contribution, String catalogueSlug) {
		contribution.setItemId(ExternalPublications.itemId(SOURCE, contribution.getId()));
		contribution.setCatalogueSlug(catalogueSlug);
	}

	@Override
	public void unlisted(ContributionDocument contribution) {
		contribution.setItemId(null);
		contribution.setCatalogueSlug(null);
	}

	@Override
	public Mono<Void> outOfCatalogue(ContributionDocument contribution) {
		return this.catalogue.withdraw(SOURCE, contribution.getId()).then();
	}

	@Override
	public Mono<Void> announce(ContributionDocument contribution) {
		return this.mails.afterTransition(contribution, WORDS, "/items/" + contribution.getCatalogueSlug());
	}

	/** The catalogue's copy: named (with organisation) only when the contributor agreed; anonymous otherwise. */
	static ExternalPublications.Publication publication(ContributionDocument contribution, String attachmentText) {
		boolean named = contribution.isShowName() && contribution.getAuthorSubject() != null;
		return new ExternalPublications.Publication(SOURCE, contribution.getId(), contribution.getId(),
				contribution.getTitle(), contribution.getSummary(), contribution.body(), contribution.getPartnerships(),
				contribution.getAspects(), contribution.getSectors(), contribution.getRegion(),
				named ? contribution.getOrganisation() : null, named ? contribution.getAuthorName() : null,
				named ? contribution.getAuthorSubject() : null, List.of(),
				contribution.getPublishedAt().atZone(AMSTERDAM).toLocalDate(), false,
				fileOwner(contribution.getId()), List.copyOf(contribution.getAttachments()), attachmentText);
	}

	@Override
	public ContributionVersionDocument version(ContributionDocument contribution, Instant now) {
		ContributionVersionDocument version = new ContributionVersionDocument();
		version.setContributionId(contribution.getId());
		version.setType(contribution.getType());
		version.setContext(contribution.getContext());
		version.setApproach(contribution.getApproach());
		version.setResult(contribution.getResult());
		version.setTips(contribution.getTips());
		version.setRegion(contribution.getRegion());
		version.setOrganisation(contribution.getOrganisation());
		return version;
	}

	@Override
	public Mono<ContributionVersionDocument> version(String id, int number) {
		return this.versions.findById(WorkflowVersion.idOf(id, number));
	}

	Mono<DiffView> diff(String id, PortalUser viewer, Integer from, Integer to) {
		return this.steps.diff(this, id, viewer, from, to);
	}

	/** A version as editors compare it: every field a reader sees, then the sections. */
	@Override
	public String text(ContributionVersionDocument version) {
		return String.join("\n", "# " + version.getTitle(), "", Objects.toString(version.getSummary(), ""), "",
				"[" + version.getType() + "] [" + String.join(", ", version.getPartnerships()) + "] ["
						+ String.join(", ", version.getAspects()) + "] [" + String.join(", ", version.getSectors())
						+ "] [" + Objects.toString(version.getRegion(), "") + "] "
						+ Objects.toString(version.getOrganisation(), ""),
				"", version.body().replace("\r\n", "\n"));
	}

	Mono<ContributionDocument> byId(String id) {
		return this.steps.byId(this, id);
	}

	/** The contribution if the caller wrote it or edits; to anyone else it is not there. */
	Mono<ContributionDocument> managed(String id, PortalUser viewer) {
		return this.steps.managed(this, id, viewer);
	}

	Flux<ContributionDocument> mine(String subject) {
		return this.contributions.findByAuthorSubject(subject, Workflow.latest(MAX_LIST));
	}

	Flux<ContributionDocument> inState(WorkflowState state) {
		return this.contributions.findByState(state, Workflow.queue(state, MAX_LIST));
	}

	/** How often the published contribution's page was read. */
	Mono<Long> views(String id) {
		return this.stats.findById(id).map(ContributionStatsDocument::getViews).defaultIfEmpty(0L);
	}

	/** The contribution behind a catalogue item, if it is one. */
	static Optional<String> contributionOf(String itemId) {
		String prefix = SOURCE + "-";
		return (itemId != null && itemId.startsWith(prefix)) ? Optional.of(itemId.substring(prefix.length()))
				: Optional.empty();
	}

	/**
	 * Adds reads to a contribution's count. Each replica adds what it counted since its last round
	 * ({@link ContributionViewCounter}), so writers are few and the version decides between them, with retries.
	 */
	Mono<Void> addViews(String id, long views) {
		return Mono.defer(() -> this.stats.findById(id).flatMap(found -> {
			found.setViews(found.getViews() + views);
			found.setUpdatedAt(this.clock.instant());
			return this.stats.save(found);
		}).switchIfEmpty(Mono.defer(() -> {
			ContributionStatsDocument first = new ContributionStatsDocument();
			first.setId(id);
			first.setViews(views);
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
					item = this.steps.fileText(SOURCE, found.getId())
						.flatMap(text -> this.catalogue.publish(found.getType(), publication(found, text)))
						.then();
				}
				else {
					item = this.catalogue.withdraw(SOURCE, found.getId()).then(this.steps.detachAll(SOURCE, found.getId()));
				}
				return item.thenMany(this.versions.findByContributionId(found.getId(), PageRequest.of(0, 1000)))
					.concatMap(this.operations::delete)
					.then(this.stats.deleteById(found.getId()))
					.then(this.operations.delete(found));
			})
			.then();
		return authored.then(this.steps
			.forget(this.contributions.findByHistoryActorSubject(subject, PageRequest.of(0, 1000)), subject));
	}

	private void apply(ContributionDocument contribution, ContributionInput input) {
		contribution.setType(input.type());
		contribution.setTitle(input.title().strip());
		contribution.setSummary(Workflow.strip(input.summary()));
		contribution.setContext(Workflow.strip(input.context()));
		contribution.setApproach(Workflow.strip(input.approach()));
		contribution.setResult(Workflow.strip(input.result()));
		contribution.setTips(Workflow.strip(input.tips()));
		contribution.setPartnerships(Taxonomy.stored(input.partnerships()));
		contribution.setAspects(Taxonomy.stored(input.aspects()));
		contribution.setSectors(Taxonomy.stored(input.sectors()));
		contribution.setRegion(Workflow.strip(input.region()));
		contribution.setOrganisation(Workflow.strip(input.organisation()));
		contribution.setShowName(input.showName());
	}

	@Override
	public PortalException notFound() {
		return new PortalException(HttpStatus.NOT_FOUND, "contribution-not-found", "Contribution not found",
				"There is no such contribution, or it is not yours.");
	}

}
