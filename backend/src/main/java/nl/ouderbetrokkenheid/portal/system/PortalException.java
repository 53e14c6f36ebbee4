package nl.ouderbetrokkenheid.portal.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure a client can act on. Features throw it with a stable slug (problem type {@code /problems/<slug>}), so
 * clients tell problems apart without parsing messages. A subclass is for a problem that carries more than status,
 * slug, title and detail, as {@link InvalidRequestException} carries the field errors.
 */
public class PortalException extends RuntimeException {

	private final HttpStatus status;

	private final String slug;

	private final String title;

	public PortalException(HttpStatus status, String slug, String title, String detail) {
		super(detail);
		this.status = status;
		this.slug = slug;
		this.title = title;
	}

	public ProblemDetail toProblem() {
		return Problems.of(this.status, this.slug, this.title, getMessage());
	}

	public HttpStatus status() {
		return this.status;
	}

	/** Whether this is the "not there" of a lookup: for callers to whom a missing thing is an answer, not an error. */
	public static boolean isNotFound(Throwable ex) {
		return ex instanceof PortalException portal && portal.status == HttpStatus.NOT_FOUND;
	}

}
