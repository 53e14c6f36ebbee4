package nl.ouderbetrokkenheid.portal.system;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemDetailsWebExceptionHandlerTests {

	@Test
	void elasticsearchTooSlowOrUnreachableIsServiceUnavailableNotAnInternalError() {
		ProblemDetail slow = ProblemDetailsWebExceptionHandler
			.toProblem(new IllegalStateException("search failed", new IOException(new SocketTimeoutException("30 s"))));
		ProblemDetail down = ProblemDetailsWebExceptionHandler
			.toProblem(new DataAccessResourceFailureException("down", new ConnectException("refused")));

		assertThat(slow.getStatus()).isEqualTo(503);
		assertThat(slow.getType().toString()).endsWith("/problems/unavailable");
		assertThat(down.getStatus()).isEqualTo(503);
	}

	@Test
	void anythingElseUnexpectedStaysAnInternalError() {
		assertThat(ProblemDetailsWebExceptionHandler.toProblem(new IllegalStateException("bug")).getStatus())
			.isEqualTo(500);
	}

}
