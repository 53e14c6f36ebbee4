package nl.ouderbetrokkenheid.portal.system;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Input that passed bean validation but breaks a rule only the service can check (an unknown taxonomy code, say);
 * answered like any validation problem, naming the fields.
 */
public class InvalidRequestException extends PortalException {

	private final List<Problems.FieldError> errors;

	public InvalidRequestException(List<Problems.FieldError> errors) {
		super(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
				"Invalid value for: " + String.join(", ", errors.stream().map(Problems.FieldError::field).toList()));
		this.errors = List.copyOf(errors);
	}

	public InvalidRequestException(String field, Problems.Code code, String message) {
		this(List.of(new Problems.FieldError(field, code, message)));
	}

	@Override
	public ProblemDetail toProblem() {
		return Problems.invalid(this.errors);
	}

}
