package nl.ouderbetrokkenheid.portal.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import jakarta.validation.Validator;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;

import org.springframework.stereotype.Component;

/**
 * Everything an item must satisfy, for the editor's form and the importer alike: bean validation plus the
 * taxonomy's codes.
 */
@Component
class ItemRules {

	static final String NATIONAL = "NATIONAL";

	private final Validator validator;

	private final Taxonomy taxonomy;

	ItemRules(Validator validator, Taxonomy taxonomy) {
		this.validator = validator;
		this.taxonomy = taxonomy;
	}

	/** The violations of this input, each naming its field; empty when the input is fine. */
	List<Problems.FieldError> check(ItemInput input) {
		List<Problems.FieldError> errors = new ArrayList<>();
		errors.addAll(Problems.fieldErrors(this.validator.validate(input)));
		if (input.type() != null && !input.type().isBlank() && !this.taxonomy.isContentType(input.type())) {
			errors.add(new Problems.FieldError("type", Problems.Code.UNKNOWN_CODE,
					"unknown content type '" + input.type() + "'"));
		}
		codes(errors, "partnerships", input.partnerships(), this.taxonomy::isPartnership);
		codes(errors, "aspects", input.aspects(), this.taxonomy::isAspect);
		codes(errors, "sectors", input.sectors(), this.taxonomy::isSector);
		if (input.region() != null && !input.region().isBlank() && !NATIONAL.equals(input.region())
				&& !this.taxonomy.isRegion(input.region())) {
			errors.add(new Problems.FieldError("region", Problems.Code.UNKNOWN_CODE,
					"unknown region '" + input.region() + "'"));
		}
		return errors;
	}

	private static void codes(List<Problems.FieldError> errors, String field, List<String> values,
			Predicate<String> known) {
		if (values == null) {
			return;
		}
		values.stream()
			.filter(value -> value != null && !value.isBlank() && !known.test(value))
			.findFirst()
			.ifPresent(value -> errors.add(new Problems.FieldError(field, Problems.Code.UNKNOWN_CODE,
					"unknown code '" + value + "'")));
	}

}
