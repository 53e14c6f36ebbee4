package nl.ouderbetrokkenheid.portal.catalog;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy.Kind;

import org.springframework.stereotype.Component;

/**
 * Everything an item must satisfy, for the editor's form and the importer alike: bean validation plus the
 * taxonomy's codes.
 */
@Component
@RequiredArgsConstructor
class ItemRules {

	private final Validator validator;

	private final Taxonomy taxonomy;

	/** The violations of this input, each naming its field; empty when the input is fine. */
	List<Problems.FieldError> check(ItemInput input) {
		List<Problems.FieldError> errors = new ArrayList<>();
		errors.addAll(Problems.fieldErrors(this.validator.validate(input)));
		errors.addAll(this.taxonomy.check("type", Kind.CONTENT_TYPE, input.type()));
		errors.addAll(this.taxonomy.check("partnerships", Kind.PARTNERSHIP, input.partnerships()));
		errors.addAll(this.taxonomy.check("aspects", Kind.ASPECT, input.aspects()));
		errors.addAll(this.taxonomy.check("sectors", Kind.SECTOR, input.sectors()));
		errors.addAll(this.taxonomy.check("region", Kind.REGION, input.region()));
		return errors;
	}

}
