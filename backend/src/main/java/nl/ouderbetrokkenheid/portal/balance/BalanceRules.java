package nl.ouderbetrokkenheid.portal.balance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Validator;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy.Kind;

import org.springframework.stereotype.Component;

/**
 * What the scan's requests must satisfy: bean validation, the taxonomy's codes and one answer per cell, in one pass
 * so one 400 names every fault. Done here rather than with {@code @Valid} on the controller, which would answer 400
 * before method security could answer 401.
 */
@Component
class BalanceRules {

	private final Validator validator;

	private final Taxonomy taxonomy;

	BalanceRules(Validator validator, Taxonomy taxonomy) {
		this.validator = validator;
		this.taxonomy = taxonomy;
	}

	void requireValid(BalanceApi.ScanRequest request) {
		List<Problems.FieldError> errors = new ArrayList<>(Problems.fieldErrors(this.validator.validate(request)));
		errors.addAll(this.taxonomy.check("sector", Kind.SECTOR, request.sector()));
		errors.addAll(this.taxonomy.check("region", Kind.REGION, request.region()));
		answers(request.answers(), errors);
		throwIfAny(errors);
	}

	void requireValid(BalanceApi.TeamRequest request) {
		List<Problems.FieldError> errors = new ArrayList<>(Problems.fieldErrors(this.validator.validate(request)));
		errors.addAll(this.taxonomy.check("sector", Kind.SECTOR, request.sector()));
		errors.addAll(this.taxonomy.check("region", Kind.REGION, request.region()));
		throwIfAny(errors);
	}

	void requireValid(BalanceApi.JoinRequest request) {
		throwIfAny(Problems.fieldErrors(this.validator.validate(request)));
	}

	void requireValid(BalanceApi.ActionRequest request) {
		List<Problems.FieldError> errors = new ArrayList<>(Problems.fieldErrors(this.validator.validate(request)));
		errors.addAll(this.taxonomy.check("partnership", Kind.PARTNERSHIP, request.partnership()));
		errors.addAll(this.taxonomy.check("aspect", Kind.ASPECT, request.aspect()));
		throwIfAny(errors);
	}

	private void answers(List<BalanceApi.AnswerBody> answers, List<Problems.FieldError> errors) {
		if (answers == null) {
			return;
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < answers.size(); i++) {
			BalanceApi.AnswerBody answer = answers.get(i);
			if (answer == null) {
				continue;
			}
			String field = "answers[" + i + "]";
			errors.addAll(this.taxonomy.check(field + ".partnership", Kind.PARTNERSHIP, answer.partnership()));
			errors.addAll(this.taxonomy.check(field + ".aspect", Kind.ASPECT, answer.aspect()));
			if (answer.partnership() != null && answer.aspect() != null
					&& !seen.add(BalanceScoring.key(answer.partnership(), answer.aspect()))) {
				errors.add(new Problems.FieldError(field, Problems.Code.DUPLICATE, "a second answer for this cell"));
			}
		}
	}

	private static void throwIfAny(List<Problems.FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

}
