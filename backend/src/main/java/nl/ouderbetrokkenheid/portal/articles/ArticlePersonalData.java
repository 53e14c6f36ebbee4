package nl.ouderbetrokkenheid.portal.articles;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PersonalDataHolder;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.workflow.Workflow;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * An author's articles (with their history) in their data export; on account erasure the articles leave the portal
 * and the catalogue, and an editor's name leaves the history of articles they decided on.
 */
@Component
@RequiredArgsConstructor
class ArticlePersonalData implements PersonalDataHolder {

	private final ArticleService articles;

	private final ArticleViews views;

	@Override
	public String section() {
		return "articles";
	}

	@Override
	public Mono<Object> export(String subject) {
		PortalUser self = Workflow.owner(subject);
		return Workflow.exports(this.articles.mine(subject).map(article -> {
			ArticleViews.ArticleView view = this.views.view(article, self);
			return Workflow.exported(view.title(), view.state(), view.summary(),
					Map.of("body", String.valueOf(view.body())), view.history(), view.createdAt());
		}));
	}

	@Override
	public Mono<Void> erase(String subject) {
		return this.articles.erase(subject);
	}

}
