package nl.ouderbetrokkenheid.portal.articles;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy.Kind;

import org.springframework.stereotype.Component;

/**
 * What an article must satisfy: known taxonomy codes always, and for a submission everything a reader needs (a
 * summary, a body, at least one partnership and one sector, as every catalogue item has).
 */
@Component
@RequiredArgsConstructor
class ArticleRules {

	private final Validator validator;

	private final Taxonomy taxonomy;

	/**
	 * Bean validation and the taxonomy's codes in one pass, so one answer names every fault. Done here rather than
	 * with {@code @Valid} on the controller, which would answer 400 before method security could answer 403.
	 */
	void requireValid(ArticleInput input) {
		List<Problems.FieldError> errors = new ArrayList<>();
		errors.addAll(Problems.fieldErrors(this.validator.validate(input)));
		errors.addAll(this.taxonomy.check("partnerships", Kind.PARTNERSHIP, input.partnerships()));
		errors.addAll(this.taxonomy.check("aspects", Kind.ASPECT, input.aspects()));
		errors.addAll(this.taxonomy.check("sectors", Kind.SECTOR, input.sectors()));
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	void requireComplete(ArticleDocument article) {
		List<Problems.FieldError> errors = new ArrayList<>();
		if (blank(article.getSummary())) {
			errors.add(new Problems.FieldError("summary", Problems.Code.REQUIRED, "is needed to submit"));
		}
		if (blank(article.getBody())) {
			errors.add(new Problems.FieldError("body", Problems.Code.REQUIRED, "is needed to submit"));
		}
		if (article.getPartnerships().isEmpty()) {
			errors.add(atLeastOne("partnerships"));
		}
		if (article.getSectors().isEmpty()) {
			errors.add(atLeastOne("sectors"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	private static Problems.FieldError atLeastOne(String field) {
		return new Problems.FieldError(field, Problems.Code.TOO_FEW, "at least one is needed to submit", 1L, null);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
