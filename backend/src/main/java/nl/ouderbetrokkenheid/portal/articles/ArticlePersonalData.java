package nl.ouderbetrokkenheid.portal.articles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PersonalDataHolder;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;

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
		PortalUser self = new PortalUser(subject, null, null, Set.of());
		return this.articles.mine(subject).map(article -> {
			ArticleViews.ArticleView view = this.views.view(article, self);
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("title", view.title());
			entry.put("state", view.state());
			entry.put("summary", String.valueOf(view.summary()));
			entry.put("body", String.valueOf(view.body()));
			entry.put("history", view.history());
			entry.put("createdAt", String.valueOf(view.createdAt()));
			return (Object) entry;
		}).collectList().map(list -> (Object) list).defaultIfEmpty(List.of());
	}

	@Override
	public Mono<Void> erase(String subject) {
		return this.articles.erase(subject);
	}

}
