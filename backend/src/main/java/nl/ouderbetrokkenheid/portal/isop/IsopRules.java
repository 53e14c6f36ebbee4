package nl.ouderbetrokkenheid.portal.isop;

import java.time.Instant;
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
 * What ISOP requests must satisfy: bean validation plus the taxonomy's codes and the rules across fields, in one
 * pass so one 400 names every fault. Checked here rather than with {@code @Valid} on the controller, which would
 * answer 400 before method security could answer 403.
 */
@Component
@RequiredArgsConstructor
class IsopRules {

	private final Validator validator;

	private final Taxonomy taxonomy;

	void requireValid(SchoolApplication input) {
		List<Problems.FieldError> errors = errors(input);
		if (input != null) {
			errors.addAll(this.taxonomy.check("province", Kind.PROVINCE, input.province()));
			errors.addAll(this.taxonomy.check("sector", Kind.SECTOR, input.sector()));
		}
		fail(errors);
	}

	void requireValid(EvidenceInput input) {
		List<Problems.FieldError> errors = errors(input);
		if (input != null && input.kind() != null) {
			if (input.kind() == EvidenceKind.DOCUMENT) {
				errors.add(new Problems.FieldError("kind", Problems.Code.INVALID_VALUE,
						"documents are uploaded as files, not sent as evidence"));
			}
			if (input.kind() == EvidenceKind.LINK && blank(input.url())) {
				errors.add(new Problems.FieldError("url", Problems.Code.REQUIRED, "a link needs its url"));
			}
			if (input.kind().isNote() && blank(input.text())) {
				errors.add(new Problems.FieldError("text", Problems.Code.REQUIRED, "notes need their text"));
			}
		}
		fail(errors);
	}

	void requireValid(FindingInput input) {
		List<Problems.FieldError> errors = errors(input);
		if (input != null && input.status() == SectionStatus.OPEN) {
			errors.add(new Problems.FieldError("status", Problems.Code.INVALID_VALUE,
					"a finding is met, partly met or not met"));
		}
		fail(errors);
	}

	void requireValid(DecisionInput input) {
		fail(errors(input));
	}

	void requireValid(VisitInput input, Instant now) {
		List<Problems.FieldError> errors = errors(input);
		if (input != null && input.startsAt() != null && input.endsAt() != null
				&& !input.endsAt().isAfter(input.startsAt())) {
			errors.add(new Problems.FieldError("endsAt", Problems.Code.ENDS_BEFORE_START,
					"the visit must end after it starts"));
		}
		if (input != null && input.startsAt() != null && input.startsAt().isBefore(now)) {
			errors.add(new Problems.FieldError("startsAt", Problems.Code.OUT_OF_RANGE, "a visit is planned ahead"));
		}
		fail(errors);
	}

	/** A known assessor or an address, not both and not neither. */
	void requireValid(AssignInput input) {
		List<Problems.FieldError> errors = errors(input);
		if (input != null && errors.isEmpty() && blank(input.assessorSubject()) == blank(input.assessorEmail())) {
			errors.add(new Problems.FieldError("assessorSubject",
					blank(input.assessorSubject()) ? Problems.Code.REQUIRED : Problems.Code.INVALID_VALUE,
					"choose an assessor or give an e-mail address, one of the two"));
		}
		fail(errors);
	}

	void requireValid(ConsentInput input) {
		fail(errors(input));
	}

	void requireValid(LinksInput input) {
		fail(errors(input));
	}

	/** A guideline code from the path, checked like any other code. */
	void requireGuideline(String guideline) {
		fail(new ArrayList<>(this.taxonomy.check("guideline", Kind.GUIDELINE, guideline)));
	}

	List<String> guidelines() {
		return this.taxonomy.terms(Kind.GUIDELINE).stream().map(Taxonomy.Term::code).toList();
	}

	private List<Problems.FieldError> errors(Object input) {
		if (input == null) {
			return new ArrayList<>(List.of(new Problems.FieldError("body", Problems.Code.REQUIRED, "send a JSON body")));
		}
		return new ArrayList<>(Problems.fieldErrors(this.validator.validate(input)));
	}

	private static void fail(List<Problems.FieldError> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
