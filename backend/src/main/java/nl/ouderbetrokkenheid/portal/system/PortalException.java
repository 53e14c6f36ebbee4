package nl.ouderbetrokkenheid.portal.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure a client can act on. Features subclass it with a stable problem type, so clients can tell problems
 * apart without parsing messages.
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

}
