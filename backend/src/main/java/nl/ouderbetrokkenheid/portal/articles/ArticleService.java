package nl.ouderbetrokkenheid.portal.articles;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.catalog.ExternalPublications;
import nl.ouderbetrokkenheid.portal.catalog.Slugs;
import nl.ouderbetrokkenheid.portal.experts.Experts;
import nl.ouderbetrokkenheid.portal.files.Download;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;
import nl.ouderbetrokkenheid.portal.system.MarkdownRenderer;
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

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Articles through the shared editorial workflow ({@link WorkflowSteps}): what is particular to them is the author's
 * expert profile, the slug, and the catalogue entry as a publication. Every write is conditional on the version read
 * (412 when someone else saved first) and a step the state does not allow is 409.
 */
@Service
@RequiredArgsConstructor
class ArticleService implements Desk<ArticleDocument, ArticleVersionDocument> {

	static final String SOURCE = "article";

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final int MAX_LIST = 200;

	/** Path words under /api/articles that a slug must not take. */
	private static final Set<String> RESERVED = Set.of("mine", "review", "preview", "id");

	private static final WorkflowMails.Words WORDS = new WorkflowMails.Words(SOURCE, "artikel", "Nieuw artikel", "Het",
			"/redactie/artikelen/", "Je artikelen", "/mijn-artikelen", true);

	private final ArticleRepository articles;

	private final ArticleVersionRepository versions;

	@Visible
	private final ReactiveElasticsearchOperations operations;

	private final WorkflowSteps steps;

	private final ArticleRules rules;

	private final MarkdownRenderer markdown;

	private final Experts experts;

	private final ExternalPublications catalogue;

	private final WorkflowMails mails;

	Mono<ArticleDocument> create(PortalUser author, ArticleInput input) {
		return create(author, input, false);
	}

	Mono<ArticleDocument> create(PortalUser author, ArticleInput input, boolean demo) {
		return Mono.fromRunnable(() -> this.rules.requireValid(input))
			.then(this.experts.author(author.subject(), author.name()))
			.flatMap(profile -> {
				ArticleDocument article = this.steps.start(new ArticleDocument(), author.subject(), profile.name());
				article.setAuthorSlug(profile.slug());
				article.setDemo(demo);
				apply(article, input);
				return Slugs.unique(Slugs.of(input.title()), RESERVED, this.articles::existsBySlug).flatMap(slug -> {
					article.setSlug(slug);
					return this.operations.save(article);
				});
			});
	}

	/** Replaces the content of the author's draft, provided nobody saved it since the given version. */
	Mono<ArticleDocument> update(String id, PortalUser author, DocumentVersion expected, ArticleInput input) {
		return this.steps.update(this, id, author, expected, () -> this.rules.requireValid(input),
				article -> apply(article, input));
	}

	Mono<ArticleDocument> attach(String id, PortalUser author, MultiValueMap<String, Part> form) {
		return this.steps.attach(this, id, author, form);
	}

	/** Attaches a file the portal made itself (demo content). */
	Mono<ArticleDocument> attach(String id, String name, byte[] content, boolean demo) {
		return this.steps.attach(this, id, name, content, demo);
	}

	Mono<ArticleDocument> detach(String id, PortalUser author, String fileId) {
		return this.steps.detach(this, id, author, fileId);
	}

	/** A file the article lists, to whoever may read the article. */
	Mono<Download> download(String slug, String fileId, PortalUser viewer) {
		return this.steps.download(this, bySlug(slug, viewer), fileId);
	}

	static String fileOwner(String articleId) {
		return Workflow.fileOwner(SOURCE, articleId);
	}

	/** Moves the article one step through the workflow, records who did it, and tells whoever must act next. */
	Mono<ArticleDocument> transition(String id, WorkflowStep action, PortalUser actor, DocumentVersion expected,
			String comment) {
		return this.steps.transition(this, id, action, actor, expected, comment);
	}

	@Override
	public String kind() {
		return SOURCE;
	}

	@Override
	public Mono<ArticleDocument> find(String id) {
		return this.articles.findById(id);
	}

	/** Published ones to everyone, others to their author and editors. */
	@Override
	public boolean readable(ArticleDocument article, PortalUser caller) {
		return article.getState() == WorkflowState.PUBLISHED || caller.mayManage(article.getAuthorSubject());
	}

	@Override
	public void requireComplete(ArticleDocument article) {
		this.rules.requireComplete(article);
	}

	@Override
	public ArticleVersionDocument version(ArticleDocument article, Instant now) {
		ArticleVersionDocument version = new ArticleVersionDocument();
		version.setArticleId(article.getId());
		version.setBody(article.getBody());
		version.setReferences(article.getReferences());
		return version;
	}

	@Override
	public Mono<ArticleVersionDocument> version(String articleId, int number) {
		return this.versions.findById(WorkflowVersion.idOf(articleId, number));
	}

	@Override
	public Mono<String> intoCatalogue(ArticleDocument article) {
		return this.experts.find(article.getAuthorSubject())
			.map(author -> new String[] { author.region(), author.organisation() })
			.defaultIfEmpty(new String[] { null, null })
			.zipWith(this.steps.fileText(SOURCE, article.getId()))
			.flatMap(found -> this.catalogue
				.publish(publication(article, found.getT1()[0], found.getT1()[1], found.getT2())));
	}

	@Override
	public Mono<Void> outOfCatalogue(ArticleDocument article) {
		return this.catalogue.withdraw(SOURCE, article.getId()).then();
	}

	@Override
	public Mono<Void> announce(ArticleDocument article) {
		return this.mails.afterTransition(article, WORDS, "/artikelen/" + article.getSlug());
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

	Mono<ArticleDocument> byId(String id) {
		return this.steps.byId(this, id);
	}

	/** The article as the caller may see it: published ones to everyone, others to their author and editors. */
	Mono<ArticleDocument> visible(Mono<ArticleDocument> article, PortalUser viewer) {
		return this.steps.readable(this, article, viewer);
	}

	Mono<ArticleDocument> bySlug(String slug, PortalUser viewer) {
		return visible(this.articles.findFirstBySlug(slug), viewer);
	}

	Flux<ArticleDocument> mine(String subject) {
		return this.articles.findByAuthorSubject(subject, Workflow.latest(MAX_LIST));
	}

	Flux<ArticleDocument> inState(WorkflowState state) {
		return this.articles.findByState(state, Workflow.queue(state, MAX_LIST));
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
		return this.steps.diff(this, id, viewer, from, to);
	}

	/** A version as the text editors compare: every field a reader sees, one per line, then the body. */
	@Override
	public String text(ArticleVersionDocument version) {
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
				.then(this.steps.detachAll(SOURCE, article.getId()))
				.thenMany(this.versions.findByArticleId(article.getId(), PageRequest.of(0, 1000)))
				.concatMap(version -> this.operations.delete(version))
				.then(this.operations.delete(article)))
			.then();
		return authored
			.then(this.steps.forget(this.articles.findByHistoryActorSubject(subject, PageRequest.of(0, 1000)), subject));
	}

	private void apply(ArticleDocument article, ArticleInput input) {
		article.setTitle(input.title().strip());
		article.setSummary(Workflow.strip(input.summary()));
		article.setBody(input.body());
		article.setBodyHtml(null); // articles from before the HTML was rendered on reading carry a stored copy
		article.setPartnerships(Taxonomy.stored(input.partnerships()));
		article.setAspects(Taxonomy.stored(input.aspects()));
		article.setSectors(Taxonomy.stored(input.sectors()));
		article.setReferences((input.references() != null) ? input.references()
			.stream()
			.map(reference -> new ArticleDocument.Reference(reference.title().strip(), reference.url()))
			.toList() : List.of());
	}

	@Override
	public PortalException notFound() {
		return new PortalException(HttpStatus.NOT_FOUND, "article-not-found", "Article not found",
				"There is no such article, or it is not published.");
	}

}
