package nl.ouderbetrokkenheid.portal.articles;

import java.util.List;

/** A list of articles: the published ones, the author's own, or the review queue. */
record ArticleList(List<ArticleViews.ArticleSummary> articles) {
}
