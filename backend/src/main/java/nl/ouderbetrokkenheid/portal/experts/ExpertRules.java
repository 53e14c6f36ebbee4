package nl.ouderbetrokkenheid.portal.experts;

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
 * What an expert's profile must satisfy: bean validation plus the taxonomy's codes.
 */
@Component
@RequiredArgsConstructor
class ExpertRules {

	private final Validator validator;

	private final Taxonomy taxonomy;

	/**
	 * Bean validation and the taxonomy's codes in one pass, so one answer names every fault. Done here rather than
	 * with {@code @Valid} on the controller, which would answer 400 before method security could answer 403.
	 */
	void requireValid(ExpertInput input) {
		List<Problems.FieldError> errors = new ArrayList<>(Problems.fieldErrors(this.validator.validate(input)));
		errors.addAll(this.taxonomy.check("partnerships", Kind.PARTNERSHIP, input.partnerships()));
		errors.addAll(this.taxonomy.check("aspects", Kind.ASPECT, input.aspects()));
		errors.addAll(this.taxonomy.check("sectors", Kind.SECTOR, input.sectors()));
		errors.addAll(this.taxonomy.check("region", Kind.REGION, input.region()));
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

}
