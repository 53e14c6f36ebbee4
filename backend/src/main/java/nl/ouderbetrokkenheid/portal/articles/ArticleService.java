package nl.ouderbetrokkenheid.portal.articles;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.catalog.ExternalPublications;
import nl.ouderbetrokkenheid.portal.catalog.Slugs;
import nl.ouderbetrokkenheid.portal.experts.Experts;
import nl.ouderbetrokkenheid.portal.files.Attachments;
import nl.ouderbetrokkenheid.portal.files.Download;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;
import nl.ouderbetrokkenheid.portal.system.DocumentWrites;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.MarkdownRenderer;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.system.Visible;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
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
 * The editorial workflow. Every write is conditional on the version read (sequence number and primary term), so two
 * people acting at once never both win: the later one gets 412. A step the state does not allow gets 409.
 */
@Service
@RequiredArgsConstructor
class ArticleService {

	static final String SOURCE = "article";

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final int MAX_LIST = 200;

	/** Path words under /api/articles that a slug must not take. */
	private static final Set<String> RESERVED = Set.of("mine", "review", "preview", "id");

	private final ArticleRepository articles;

	private final ArticleVersionRepository versions;

	@Visible
	private final ReactiveElasticsearchOperations operations;

	private final DocumentWrites writes;

	private final ArticleRules rules;

	private final MarkdownRenderer markdown;

	private final Experts experts;

	private final ExternalPublications catalogue;

	private final ArticleMails mails;

	private final Attachments files;

	private final Clock clock;

	Mono<ArticleDocument> create(PortalUser author, ArticleInput input) {
		return create(author, input, false);
	}

	Mono<ArticleDocument> create(PortalUser author, ArticleInput input, boolean demo) {
		return Mono.fromRunnable(() -> this.rules.requireValid(input))
			.then(this.experts.author(author.subject(), author.name()))
			.flatMap(profile -> {
				ArticleDocument article = new ArticleDocument();
				article.setId(UUID.randomUUID().toString());
				article.setAuthorSubject(author.subject());
				article.setAuthorSlug(profile.slug());
				article.setAuthorName(profile.name());
				article.setState(WorkflowState.DRAFT);
				article.setDemo(demo);
				article.setCreatedAt(this.clock.instant());
				apply(article, input);
				article.getHistory()
					.add(new Transition(null, WorkflowState.DRAFT, author.subject(), profile.name(),
							article.getCreatedAt(), null, null));
				return uniqueSlug(Slugs.of(input.title()), 1).flatMap(slug -> {
					article.setSlug(slug);
					return this.operations.save(article);
				});
			});
	}

	/** Replaces the content of the author's draft, provided nobody saved it since the given version. */
	Mono<ArticleDocument> update(String id, PortalUser author, DocumentVersion expected, ArticleInput input) {
		return Mono.fromRunnable(() -> this.rules.requireValid(input)).then(visible(byId(id), author)).flatMap(article -> {
			requireAuthor(article, author);
			requireCurrent(article, expected);
			requireEditable(article);
			apply(article, input);
			return save(article);
		});
	}

	/**
	 * Attaches an uploaded file to the author's editable article, as editing it would be allowed; if the article
	 * cannot be updated, the file goes again.
	 */
	Mono<ArticleDocument> attach(String id, PortalUser author, MultiValueMap<String, Part> form) {
		return visible(byId(id), author).flatMap(article -> {
			requireAuthor(article, author);
			requireEditable(article);
			return this.files.attach(fileOwner(id), form, author.subject())
				.flatMap(added -> listFiles(id).onErrorResume(ex -> this.files.detach(fileOwner(id), added.id())
					.onErrorResume(ignored -> Mono.empty())
					.then(Mono.error(ex))));
		});
	}

	/** Attaches a file the portal made itself (demo content). */
	Mono<ArticleDocument> attach(String id, String name, byte[] content, boolean demo) {
		return this.files.attach(fileOwner(id), name, content, demo).then(Mono.defer(() -> listFiles(id)));
	}

	Mono<ArticleDocument> detach(String id, PortalUser author, String fileId) {
		return visible(byId(id), author).flatMap(article -> {
			requireAuthor(article, author);
			requireEditable(article);
			return this.files.detach(fileOwner(id), fileId);
		}).then(Mono.defer(() -> listFiles(id)));
	}

	/** A file the article lists, to whoever may read the article. */
	Mono<Download> download(String slug, String fileId, PortalUser viewer) {
		return bySlug(slug, viewer).flatMap(article -> article.getAttachments()
			.stream()
			.anyMatch(file -> file.id().equals(fileId)) ? this.files.download(fileOwner(article.getId()), fileId)
					: Mono.error(new PortalException(HttpStatus.NOT_FOUND, "file-not-found", "File not found",
							"This article has no such file.")));
	}

	static String fileOwner(String articleId) {
		return SOURCE + ":" + articleId;
	}

	/** The article's files read again into the article; another write in between means reading and applying again. */
	private Mono<ArticleDocument> listFiles(String id) {
		return Mono.defer(() -> this.files.list(fileOwner(id)).collectList().flatMap(files -> byId(id).flatMap(article -> {
			article.setAttachments(new ArrayList<>(files));
			article.setUpdatedAt(this.clock.instant());
			return save(article);
		}))).retryWhen(Retry.max(5).filter(ex -> ex instanceof PortalException portal
				&& portal.status() == HttpStatus.PRECONDITION_FAILED));
	}

	private static void requireEditable(ArticleDocument article) {
		Workflow.requireEditable("article", article.getState());
	}

	/** Moves the article one step through the workflow, records who did it, and tells whoever must act next. */
	Mono<ArticleDocument> transition(String id, WorkflowStep action, PortalUser actor, DocumentVersion expected,
			String comment) {
		return Mono.fromSupplier(() -> Optional.ofNullable(Workflow.comment(action, comment)))
			.flatMap(note -> visible(byId(id), actor).flatMap(article -> {
				if (action == WorkflowStep.SUBMIT) {
					requireAuthor(article, actor);
				}
				requireCurrent(article, expected);
				Workflow.requireAllowed("article", article.getState(), action);
				WorkflowState from = article.getState();
				if (action == WorkflowStep.SUBMIT) {
					this.rules.requireComplete(article);
				}
				Instant now = this.clock.instant();
				article.setState(action.to());
				article.setUpdatedAt(now);
				Mono<?> before = Mono.empty();
				if (action == WorkflowStep.SUBMIT) {
					article.setSubmissions(article.getSubmissions() + 1);
					article.setSubmittedAt(now);
					before = storeVersion(article, now);
				}
				article.getHistory()
					.add(Workflow.record(from, action, actor, now, note.orElse(null), article.getSubmissions()));
				Mono<ArticleDocument> saved = switch (action) {
					case PUBLISH -> publish(article, now);
					case UNPUBLISH -> save(article).flatMap(
							done -> this.catalogue.withdraw(SOURCE, done.getId()).thenReturn(done));
					default -> before.then(save(article));
				};
				return saved.flatMap(done -> this.mails.afterTransition(done).thenReturn(done));
			}));
	}

	/** Into the catalogue first, then the state: if the state write loses a race, the catalogue entry goes again. */
	private Mono<ArticleDocument> publish(ArticleDocument article, Instant now) {
		article.setPublishedAt(now);
		return this.experts.find(article.getAuthorSubject())
			.map(author -> new String[] { author.region(), author.organisation() })
			.defaultIfEmpty(new String[] { null, null })
			.zipWith(this.files.text(fileOwner(article.getId())))
			.flatMap(found -> this.catalogue
				.publish(publication(article, found.getT1()[0], found.getT1()[1], found.getT2())))
			.flatMap(catalogueSlug -> {
				article.setCatalogueSlug(catalogueSlug);
				return save(article).onErrorResume(ex -> this.catalogue.withdraw(SOURCE, article.getId())
					.onErrorResume(ignored -> Mono.empty())
					.then(Mono.error(ex)));
			});
	}

	private ExternalPublications.Publication publication(ArticleDocument article, String region, String organisation,
			String attachmentText) {
		return new ExternalPublications.Publication(SOURCE, article.getId(), article.getSlug(), article.getTitle(),
				article.getSummary(), article.getBody(), article.getPartnerships(), article.getAspects(),
				article.getSectors(), (region != null) ? region : Taxonomy.NATIONAL, organisation, article.getAuthorName(),
				article.getAuthorSubject(),
				article.getReferences()
					.stream()
					.map(reference -> new ExternalPublications.Link(reference.getTitle(), reference.getUrl()))
					.toList(),
				article.getPublishedAt().atZone(AMSTERDAM).toLocalDate(), article.isDemo(), fileOwner(article.getId()),
				List.copyOf(article.getAttachments()),
				attachmentText);
	}

	private Mono<Boolean> storeVersion(ArticleDocument article, Instant now) {
		ArticleVersionDocument version = new ArticleVersionDocument();
		version.setId(ArticleVersionDocument.idOf(article.getId(), article.getSubmissions()));
		version.setArticleId(article.getId());
		version.setAuthorSubject(article.getAuthorSubject());
		version.setNumber(article.getSubmissions());
		version.setTitle(article.getTitle());
		version.setSummary(article.getSummary());
		version.setBody(article.getBody());
		version.setPartnerships(article.getPartnerships());
		version.setAspects(article.getAspects());
		version.setSectors(article.getSectors());
		version.setReferences(article.getReferences());
		version.setSubmittedAt(now);
		// Created once: a retry after a lost race leaves the first stored copy (the same content) in place.
		return this.writes.create(version.getId(), version, true);
	}

	Mono<ArticleDocument> byId(String id) {
		return this.articles.findById(id).switchIfEmpty(Mono.error(ArticleService::notFound));
	}

	/** The article as the caller may see it: published ones to everyone, others to their author and editors. */
	Mono<ArticleDocument> visible(Mono<ArticleDocument> article, PortalUser viewer) {
		return article.filter(found -> found.getState() == WorkflowState.PUBLISHED || viewer.mayManage(found.getAuthorSubject()))
			.switchIfEmpty(Mono.error(ArticleService::notFound));
	}

	/** The article if the caller is its author or an editor; to anyone else it is not there, as an unpublished one. */
	private Mono<ArticleDocument> managed(Mono<ArticleDocument> article, PortalUser viewer) {
		return article.filter(found -> viewer.mayManage(found.getAuthorSubject())).switchIfEmpty(Mono.error(ArticleService::notFound));
	}

	Mono<ArticleDocument> bySlug(String slug, PortalUser viewer) {
		return visible(this.articles.findFirstBySlug(slug), viewer);
	}

	Flux<ArticleDocument> mine(String subject) {
		return this.articles.findByAuthorSubject(subject,
				PageRequest.of(0, MAX_LIST, Sort.by(Sort.Direction.DESC, "updatedAt")));
	}

	Flux<ArticleDocument> inState(WorkflowState state) {
		Sort order = (state == WorkflowState.SUBMITTED) ? Sort.by(Sort.Direction.ASC, "submittedAt")
				: Sort.by(Sort.Direction.DESC, "updatedAt");
		return this.articles.findByState(state, PageRequest.of(0, MAX_LIST, order));
	}

	Flux<ArticleDocument> published() {
		return this.articles.findByState(WorkflowState.PUBLISHED,
				PageRequest.of(0, MAX_LIST, Sort.by(Sort.Direction.DESC, "publishedAt")));
	}

	Flux<ArticleDocument> publishedBy(String authorSlug) {
		return this.articles.findByAuthorSlugAndState(authorSlug, WorkflowState.PUBLISHED,
				PageRequest.of(0, MAX_LIST, Sort.by(Sort.Direction.DESC, "publishedAt")));
	}

	/**
	 * What changed from one submitted version to another; by default from the previous submission to the last. Earlier
	 * versions are the author's and editors' only, also once the article is published.
	 */
	Mono<DiffView> diff(String id, PortalUser viewer, Integer from, Integer to) {
		return managed(byId(id), viewer).flatMap(article -> Workflow.diff(article.getSubmissions(), from, to,
				number -> version(id, number).map(ArticleService::asText)));
	}

	private Mono<ArticleVersionDocument> version(String articleId, int number) {
		return this.versions.findById(ArticleVersionDocument.idOf(articleId, number))
			.switchIfEmpty(Mono.error(() -> new PortalException(HttpStatus.NOT_FOUND, "version-not-found",
					"Version not found", "Version " + number + " of this article was not kept.")));
	}

	/** A version as the text editors compare: every field a reader sees, one per line, then the body. */
	static String asText(ArticleVersionDocument version) {
		List<String> lines = new ArrayList<>();
		lines.add("# " + version.getTitle());
		lines.add("");
		lines.add(Objects.toString(version.getSummary(), ""));
		lines.add("");
		lines.add("[" + String.join(", ", version.getPartnerships()) + "] [" + String.join(", ", version.getAspects())
				+ "] [" + String.join(", ", version.getSectors()) + "]");
		lines.add("");
		lines.add(Objects.toString(version.getBody(), "").replace("\r\n", "\n"));
		if (!version.getReferences().isEmpty()) {
			lines.add("");
			version.getReferences().forEach(reference -> lines.add("- " + reference.getTitle() + " <" + reference.getUrl() + ">"));
		}
		return String.join("\n", lines);
	}

	/** The live preview: the same rendering and sanitising as a shown article gets. */
	String preview(String body) {
		return this.markdown.html(body);
	}

	/** On account erasure: the author's articles go (out of the catalogue too); editors' names leave the history. */
	Mono<Void> erase(String subject) {
		Mono<Void> authored = this.articles.findByAuthorSubject(subject, PageRequest.of(0, 1000))
			.concatMap(article -> this.catalogue.withdraw(SOURCE, article.getId())
				.then(this.files.detachAll(fileOwner(article.getId())))
				.thenMany(this.versions.findByArticleId(article.getId(), PageRequest.of(0, 1000)))
				.concatMap(version -> this.operations.delete(version))
				.then(this.operations.delete(article)))
			.then();
		Mono<Void> reviewed = this.articles.findByHistoryActorSubject(subject, PageRequest.of(0, 1000))
			.concatMap(article -> Workflow.forget(article.getHistory(), subject) ? this.operations.save(article)
					: Mono.just(article))
			.then();
		return authored.then(reviewed);
	}

	private void apply(ArticleDocument article, ArticleInput input) {
		article.setTitle(input.title().strip());
		article.setSummary(strip(input.summary()));
		article.setBody(input.body());
		article.setBodyHtml(null); // articles from before the HTML was rendered on reading carry a stored copy
		article.setPartnerships(distinct(input.partnerships()));
		article.setAspects(distinct(input.aspects()));
		article.setSectors(distinct(input.sectors()));
		article.setReferences((input.references() != null) ? input.references()
			.stream()
			.map(reference -> new ArticleDocument.Reference(reference.title().strip(), reference.url()))
			.toList() : List.of());
		article.setUpdatedAt(this.clock.instant());
	}

	private Mono<ArticleDocument> save(ArticleDocument article) {
		return Mono.defer(() -> this.operations.save(article))
			.onErrorMap(OptimisticLockingFailureException.class, ex -> DocumentVersion.stale("article"));
	}

	private static void requireAuthor(ArticleDocument article, PortalUser actor) {
		Workflow.requireAuthor("article", article.getAuthorSubject(), actor);
	}

	private static void requireCurrent(ArticleDocument article, DocumentVersion expected) {
		if (expected != null && !DocumentVersion.of(article.getSeqNoPrimaryTerm()).equals(expected)) {
			throw DocumentVersion.stale("article");
		}
	}

	private static PortalException notFound() {
		return new PortalException(HttpStatus.NOT_FOUND, "article-not-found", "Article not found",
				"There is no such article, or it is not published.");
	}

	private Mono<String> uniqueSlug(String base, int attempt) {
		if (attempt == 1 && RESERVED.contains(base)) {
			return uniqueSlug(base, 2);
		}
		String candidate = (attempt == 1) ? base : base + "-" + attempt;
		return this.articles.existsBySlug(candidate)
			.flatMap(taken -> taken ? uniqueSlug(base, attempt + 1) : Mono.just(candidate));
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static List<String> distinct(List<String> values) {
		return (values != null) ? new ArrayList<>(new LinkedHashSet<>(values.stream().filter(Objects::nonNull).toList()))
				: new ArrayList<>();
	}

}
