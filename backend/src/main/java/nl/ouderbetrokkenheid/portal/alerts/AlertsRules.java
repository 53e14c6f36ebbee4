package nl.ouderbetrokkenheid.portal.alerts;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.search.SavedSearchQueries;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.Problems;

import org.springframework.stereotype.Component;

/**
 * What a saved search must satisfy, in one pass so one 400 names every fault: bean validation, the search's own
 * checks (taxonomy codes, text length, named as the search page's parameters) and a known frequency.
 */
@Component
@RequiredArgsConstructor
class AlertsRules {

	private final Validator validator;

	private final SavedSearchQueries queries;

	void requireValid(AlertsApi.SavedSearchRequest request) {
		List<Problems.FieldError> errors = new ArrayList<>(Problems.fieldErrors(this.validator.validate(request)));
		errors.addAll(this.queries.check(request.filters()));
		frequency(request.frequency(), errors);
		throwIfAny(errors);
	}

	void requireValid(AlertsApi.FrequencyRequest request) {
		List<Problems.FieldError> errors = new ArrayList<>(Problems.fieldErrors(this.validator.validate(request)));
		frequency(request.frequency(), errors);
		throwIfAny(errors);
	}

	private static void frequency(String value, List<Problems.FieldError> errors) {
		if (value != null && Frequency.parse(value) == null) {
			errors.add(new Problems.FieldError("frequency", Problems.Code.NOT_AN_OPTION,
					"must be DAILY, WEEKLY or NONE", null, null));
		}
	}

	private static void throwIfAny(List<Problems.FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

}
