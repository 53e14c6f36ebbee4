package nl.ouderbetrokkenheid.portal.articles;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;
import nl.ouderbetrokkenheid.portal.system.MarkdownRenderer;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowState;
import nl.ouderbetrokkenheid.portal.workflow.Workflow;
import nl.ouderbetrokkenheid.portal.workflow.StepView;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Articles as the API shows them. Subjects stay inside the portal; the history (with editors' names and comments)
 * is shown only to the author and editors.
 */
@Component
@RequiredArgsConstructor
class ArticleViews {

	record AuthorView(String slug, String name) {
	}

	record ReferenceView(String title, String url) {
	}

	/** An attached file; {@code url} downloads it. */
	record AttachmentView(String id, String name, String contentType, long size, Integer pages, String url) {
	}

	/**
	 * @param editable whether the caller may change the content now (their own draft or sent-back article)
	 */
	record ArticleView(String id, String slug, String title, String summary, String body, String bodyHtml,
			List<String> partnerships, List<String> aspects, List<String> sectors, List<ReferenceView> references,
			List<AttachmentView> attachments, WorkflowState state, int submissions, AuthorView author, List<StepView> history, Instant createdAt,
			Instant updatedAt, Instant submittedAt, Instant publishedAt, String catalogueSlug, boolean demo,
			boolean editable) {
	}

	/** An article in a list, with the last comment an editor left. */
	record ArticleSummary(String id, String slug, String title, String summary, WorkflowState state, AuthorView author,
			List<String> partnerships, List<String> aspects, List<String> sectors, int submissions, Instant updatedAt,
			Instant submittedAt, Instant publishedAt, String lastComment, boolean demo) {
	}

	private final MarkdownRenderer markdown;

	ArticleView view(ArticleDocument article, PortalUser viewer) {
		boolean manager = viewer.mayManage(article.getAuthorSubject());
		boolean author = viewer.subject() != null && viewer.subject().equals(article.getAuthorSubject());
		return new ArticleView(article.getId(), article.getSlug(), article.getTitle(), article.getSummary(),
				article.getBody(), this.markdown.html(article.getBody()), article.getPartnerships(), article.getAspects(),
				article.getSectors(), references(article), attachments(article), article.getState(), article.getSubmissions(),
				author(article), manager ? history(article) : List.of(), article.getCreatedAt(),
				article.getUpdatedAt(), article.getSubmittedAt(), article.getPublishedAt(), article.getCatalogueSlug(),
				article.isDemo(), author && article.getState().editable());
	}

	/** The article with its version as ETag, as every write and read by id answers. */
	ResponseEntity<ArticleView> versioned(ArticleDocument article, PortalUser viewer) {
		return ResponseEntity.ok()
			.eTag(DocumentVersion.of(article.getSeqNoPrimaryTerm()).etag())
			.body(view(article, viewer));
	}

	ArticleSummary summary(ArticleDocument article, boolean manager) {
		String lastComment = manager ? Workflow.lastComment(article.getHistory()) : null;
		return new ArticleSummary(article.getId(), article.getSlug(), article.getTitle(), article.getSummary(),
				article.getState(), author(article), article.getPartnerships(), article.getAspects(),
				article.getSectors(), article.getSubmissions(), article.getUpdatedAt(), article.getSubmittedAt(),
				article.getPublishedAt(), lastComment, article.isDemo());
	}

	private static AuthorView author(ArticleDocument article) {
		return new AuthorView(article.getAuthorSlug(), article.getAuthorName());
	}

	private static List<ReferenceView> references(ArticleDocument article) {
		return article.getReferences().stream().map(r -> new ReferenceView(r.getTitle(), r.getUrl())).toList();
	}

	private static List<AttachmentView> attachments(ArticleDocument article) {
		return article.getAttachments()
			.stream()
			.map(file -> new AttachmentView(file.id(), file.name(), file.contentType(), file.size(), file.pages(),
					"/api/articles/" + article.getSlug() + "/files/" + file.id()))
			.toList();
	}

	private static List<StepView> history(ArticleDocument article) {
		return Workflow.views(article.getHistory());
	}

}
