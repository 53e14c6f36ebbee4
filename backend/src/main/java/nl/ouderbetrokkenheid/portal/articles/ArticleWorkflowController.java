package nl.ouderbetrokkenheid.portal.articles;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;
import nl.ouderbetrokkenheid.portal.workflow.DiffView;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowEndpoints;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowStep;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * The workflow's steps and diff for articles ({@link WorkflowEndpoints}) under {@code /api/articles/id/{id}/...}:
 * experts submit their own, editors decide; both read the diff.
 */
@RestController
@RequestMapping("/api/articles/id")
@RequiredArgsConstructor
class ArticleWorkflowController extends WorkflowEndpoints<ArticleViews.ArticleView> {

	private static final String[] READERS = { "EXPERT", "EDITOR" };

	private final ArticleService articles;

	private final ArticleViews views;

	@Override
	public String getAuthorRole() {
		return "EXPERT";
	}

	@Override
	public String[] getReaderRoles() {
		return READERS.clone();
	}

	@Override
	protected String kind() {
		return ArticleService.SOURCE;
	}

	@Override
	protected Mono<ResponseEntity<ArticleViews.ArticleView>> step(String id, WorkflowStep step,
			DocumentVersion expected, String comment, PortalUser caller) {
		return this.articles.transition(id, step, caller, expected, comment)
			.map(article -> this.views.versioned(article, caller));
	}

	@Override
	protected Mono<DiffView> compare(String id, Integer from, Integer to, PortalUser caller) {
		return this.articles.diff(id, caller, from, to);
	}

}
