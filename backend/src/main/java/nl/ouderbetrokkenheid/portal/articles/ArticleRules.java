package nl.ouderbetrokkenheid.portal.articles;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.taxonomy.ModelRules;
import nl.ouderbetrokkenheid.portal.workflow.Workflow;

import org.springframework.stereotype.Component;

/**
 * What an article must satisfy: valid fields and known taxonomy codes always ({@link ModelRules}), and for a
 * submission everything a reader needs (a summary, a body, at least one partnership and one sector, as every
 * catalogue item has).
 */
@Component
@RequiredArgsConstructor
class ArticleRules {

	private final ModelRules model;

	void requireValid(ArticleInput input) {
		this.model.requireValid(input);
	}

	void requireComplete(ArticleDocument article) {
		Workflow.requireComplete(article, "body", article.getBody());
	}

}
