package nl.ouderbetrokkenheid.portal.system;

import java.net.URI;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.ConstraintViolation;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the portal's problem details, so every error has the same shape whichever layer raised it. Clients tell
 * problems apart by {@code type} and field errors by {@code code}; titles, details and messages are English for
 * developers and logs, and the frontend shows its own translations.
 */
public final class Problems {

	/**
	 * What is wrong with a field, as a stable word clients translate ({@code "too-long"}); never renamed, only added
	 * to (the frontend's {@code lib/problem-messages.ts} knows each one).
	 */
	public enum Code {

		REQUIRED, TOO_SHORT, TOO_LONG, TOO_FEW, TOO_MANY, OUT_OF_RANGE, INVALID_FORMAT, INVALID_VALUE, NOT_A_NUMBER,
		NOT_A_DATE, UNKNOWN_CODE, NOT_AN_OPTION, UNKNOWN_FIELD, UNREADABLE, DUPLICATE, ENDS_BEFORE_START,
		CLOSES_BEFORE_OPENING, CLOSES_AFTER_START, VENUE_OR_LINK, NO_SUCH_VERSION, NOT_EARLIER, TOO_LARGE,
		UNSUPPORTED_TYPE;

		@JsonValue
		public String slug() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/**
	 * A violation of one field of a request body or one request parameter: its {@link Code}, the limit it broke
	 * ({@code min}/{@code max}, when the code has one) and an English message for developers.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record FieldError(String field, Code code, String message, Long min, Long max) {

		public FieldError(String field, Code code, String message) {
			this(field, code, message, null, null);
		}

		/** The field error for a bean validation violation, its code derived from the constraint. */
		public static FieldError of(String field, ConstraintViolation<?> violation) {
			String message = violation.getMessage();
			Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
			// By simple name, so Hibernate Validator's own constraints (@Length, @URL) map without importing them.
			return switch (violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()) {
				case "NotNull", "NotBlank", "NotEmpty" -> new FieldError(field, Code.REQUIRED, message);
				case "Size", "Length" -> size(field, message, violation.getInvalidValue(), attributes);
				case "Min" -> new FieldError(field, Code.OUT_OF_RANGE, message, limit(attributes.get("value")), null);
				case "Max" -> new FieldError(field, Code.OUT_OF_RANGE, message, null, limit(attributes.get("value")));
				case "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero", "Range" ->
					new FieldError(field, Code.OUT_OF_RANGE, message);
				case "Pattern", "Email", "URL" -> new FieldError(field, Code.INVALID_FORMAT, message);
				default -> new FieldError(field, Code.INVALID_VALUE, message);
			};
		}

		private static FieldError size(String field, String message, Object value, Map<String, Object> attributes) {
			int length = switch (value) {
				case CharSequence text -> text.length();
				case Collection<?> collection -> collection.size();
				case Map<?, ?> map -> map.size();
				case Object[] array -> array.length;
				case null, default -> -1;
			};
			boolean text = value instanceof CharSequence;
			Long min = limit(attributes.get("min"));
			if (min != null && length >= 0 && length < min) {
				return new FieldError(field, text ? Code.TOO_SHORT : Code.TOO_FEW, message, min, null);
			}
			return new FieldError(field, text ? Code.TOO_LONG : Code.TOO_MANY, message, null,
					limit(attributes.get("max")));
		}

		private static Long limit(Object value) {
			return (value instanceof Number number) ? number.longValue() : null;
		}

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
			.map(v -> FieldError.of(v.getPropertyPath().toString(), v))
			.sorted(Comparator.comparing(FieldError::field))
			.toList();
	}

	public static ProblemDetail invalid(String field, Code code, String message) {
		return invalid(List.of(new FieldError(field, code, message)));
	}

}
