package nl.ouderbetrokkenheid.portal.contributions;

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
 * What a contribution must satisfy: known codes always; for a submission what every catalogue item has (a summary,
 * a partnership, a sector, a region) and the two sections without which it is no example (context and approach).
 */
@Component
@RequiredArgsConstructor
class ContributionRules {

	private final Validator validator;

	private final Taxonomy taxonomy;

	/** Bean validation and the taxonomy in one pass, after method security (no {@code @Valid} on the controller). */
	void requireValid(ContributionInput input) {
		List<Problems.FieldError> errors = new ArrayList<>(Problems.fieldErrors(this.validator.validate(input)));
		errors.addAll(this.taxonomy.check("partnerships", Kind.PARTNERSHIP, input.partnerships()));
		errors.addAll(this.taxonomy.check("aspects", Kind.ASPECT, input.aspects()));
		errors.addAll(this.taxonomy.check("sectors", Kind.SECTOR, input.sectors()));
		errors.addAll(this.taxonomy.check("region", Kind.REGION, input.region()));
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	void requireComplete(ContributionDocument contribution) {
		List<Problems.FieldError> errors = new ArrayList<>();
		required(errors, "summary", contribution.getSummary());
		required(errors, "context", contribution.getContext());
		required(errors, "approach", contribution.getApproach());
		required(errors, "region", contribution.getRegion());
		if (contribution.getPartnerships().isEmpty()) {
			errors.add(atLeastOne("partnerships"));
		}
		if (contribution.getSectors().isEmpty()) {
			errors.add(atLeastOne("sectors"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	private static void required(List<Problems.FieldError> errors, String field, String value) {
		if (value == null || value.isBlank()) {
			errors.add(new Problems.FieldError(field, Problems.Code.REQUIRED, "is needed to submit"));
		}
	}

	private static Problems.FieldError atLeastOne(String field) {
		return new Problems.FieldError(field, Problems.Code.TOO_FEW, "at least one is needed to submit", 1L, null);
	}

}
