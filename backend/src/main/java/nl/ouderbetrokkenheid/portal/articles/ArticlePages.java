package nl.ouderbetrokkenheid.portal.articles;

import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.pages.PageHead;
import nl.ouderbetrokkenheid.portal.system.pages.PublicPages;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Published articles as public pages. */
@Component
@RequiredArgsConstructor
class ArticlePages implements PublicPages {

	private final ArticleService articles;

	@Override
	public String prefix() {
		return "/artikelen/";
	}

	@Override
	public Mono<PageHead> head(String slug) {
		return this.articles.bySlug(slug, PortalUser.ANONYMOUS)
			.map(ArticlePages::head)
			.onErrorResume(PortalException::isNotFound, ex -> Mono.empty());
	}

	private static PageHead head(ArticleDocument article) {
		String description = PageHead.summary((article.getSummary() != null) ? article.getSummary() : article.getBody());
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@type", "Article");
		ld.put("headline", article.getTitle());
		ld.put("description", description);
		ld.put("inLanguage", "nl");
		if (article.getAuthorName() != null) {
			Map<String, Object> author = new LinkedHashMap<>();
			author.put("@type", "Person");
			author.put("name", article.getAuthorName());
			if (article.getAuthorSlug() != null) {
				author.put("url", "/experts/" + article.getAuthorSlug());
			}
			ld.put("author", author);
		}
		if (article.getPublishedAt() != null) {
			ld.put("datePublished", article.getPublishedAt().toString());
		}
		if (article.getUpdatedAt() != null) {
			ld.put("dateModified", article.getUpdatedAt().toString());
		}
		return new PageHead(article.getTitle(), description, "/artikelen/" + article.getSlug(), "article", ld);
	}

	@Override
	public Flux<Location> all() {
		return this.articles.published()
			.map(article -> new Location("/artikelen/" + article.getSlug(), article.getUpdatedAt()));
	}

}
