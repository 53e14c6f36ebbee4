package nl.ouderbetrokkenheid.portal.taxonomy;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy.Kind;

import org.springframework.stereotype.Component;

/**
 * What every request filed under the model must satisfy: bean validation plus the taxonomy's codes of its
 * partnerships, aspects, sectors and region, in one pass, so one answer names every fault. A feature's rules class
 * calls it rather than {@code @Valid} on the controller, which would answer 400 before method security could answer
 * 403.
 */
@Component
@RequiredArgsConstructor
public class ModelRules {

	private final Validator validator;

	private final Taxonomy taxonomy;

	/** The faults of the request, each naming its field; empty when it is fine. */
	public List<Problems.FieldError> check(Classified request) {
		List<Problems.FieldError> errors = new ArrayList<>(Problems.fieldErrors(this.validator.validate(request)));
		errors.addAll(this.taxonomy.check("partnerships", Kind.PARTNERSHIP, request.partnerships()));
		errors.addAll(this.taxonomy.check("aspects", Kind.ASPECT, request.aspects()));
		errors.addAll(this.taxonomy.check("sectors", Kind.SECTOR, request.sectors()));
		errors.addAll(this.taxonomy.check("region", Kind.REGION, request.region()));
		return errors;
	}

	/** 400 naming every fault of the request ({@link #check}). */
	public void requireValid(Classified request) {
		List<Problems.FieldError> errors = check(request);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

}
