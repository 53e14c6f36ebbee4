package nl.ouderbetrokkenheid.portal.system;

import java.net.URI;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the portal's problem details, so every error has the same shape whichever layer raised it.
 */
public final class Problems {

	/** A violation of one field of a request body or one request parameter. */
	public record FieldError(String field, String message) {
	}

	private Problems() {
	}

	public static URI type(String slug) {
		return URI.create("/problems/" + slug);
	}

	public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(slug));
		problem.setTitle(title);
		return problem;
	}

	/** A 400 that names each field at fault, in {@code errors} and in the detail. */
	public static ProblemDetail invalid(List<FieldError> errors) {
		String fields = String.join(", ", errors.stream().map(FieldError::field).distinct().toList());
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
				"Invalid value for: " + fields);
		problem.setProperty("errors", errors);
		return problem;
	}

	/** Bean validation's violations as field errors, ordered by field, for services that validate themselves. */
	public static List<FieldError> fieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
		return violations.stream()
			.map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
			.sorted(Comparator.comparing(FieldError::field))
			.toList();
	}

	public static ProblemDetail invalid(String field, String message) {
		return invalid(List.of(new FieldError(field, message)));
	}

}
