package nl.ouderbetrokkenheid.portal.system;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * The last line: writes problem details for errors that no controller advice saw, such as those raised by web
 * filters, and hides the details of unexpected failures from clients.
 */
@Component
@Order(-2) // ahead of Spring Boot's own error handler, which would answer in its non-RFC format
class ProblemDetailsWebExceptionHandler implements WebExceptionHandler {

	private static final String RETRY_AFTER_SECONDS = "5";

	private static final Logger logger = LoggerFactory.getLogger(ProblemDetailsWebExceptionHandler.class);

	private final ServerResponse.Context context;

	ProblemDetailsWebExceptionHandler(ServerCodecConfigurer codecs) {
		List<HttpMessageWriter<?>> writers = codecs.getWriters();
		this.context = new ServerResponse.Context() {
			@Override
			public List<HttpMessageWriter<?>> messageWriters() {
				return writers;
			}

			@Override
			public List<ViewResolver> viewResolvers() {
				return HandlerStrategies.empty().build().viewResolvers();
			}
		};
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		String requestId = RequestIds.of(exchange);
		ProblemDetail problem;
		// The log line about this failure carries the same id as the answer.
		try (MDC.MDCCloseable logContext = MDC.putCloseable(RequestIds.KEY, requestId)) {
			problem = toProblem(ex);
		}
		RequestIds.stamp(problem, exchange);
		problem.setInstance(exchange.getRequest().getURI().resolve(exchange.getRequest().getPath().value()));
		exchange.getResponse().getHeaders().clearContentHeaders();
		ServerResponse.BodyBuilder response = ServerResponse.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (ex instanceof ErrorResponse errorResponse) {
			response.headers(headers -> headers.addAll(errorResponse.getHeaders()));
		}
		if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			response.header(HttpHeaders.RETRY_AFTER, (ex instanceof LoadShedding.Overloaded shed)
					? String.valueOf(Math.max(1, shed.retryAfter().toSeconds())) : RETRY_AFTER_SECONDS);
		}
		return response.bodyValue(problem).flatMap(r -> r.writeTo(exchange, this.context));
	}

	static ProblemDetail toProblem(Throwable ex) {
		if (ex instanceof PortalException portal) {
			return portal.toProblem();
		}
		if (ProblemDetailsAdvice.causedBy(ex, org.springframework.core.io.buffer.DataBufferLimitException.class)) {
			return RequestSizeLimit.tooLarge();
		}
		if (ex instanceof ErrorResponse errorResponse) {
			return errorResponse.getBody();
		}
		if (isOverloadOrOutage(ex)) {
			// Elasticsearch too busy to answer in time, or not reachable: the client can try again, and it
			// should hear that rather than "internal error".
			logger.warn("Backing service unavailable: {}", ex.toString());
			return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable",
					"The portal is too busy to answer right now. Please try again in a moment.");
		}
		logger.error("Unexpected failure", ex);
		return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
				"Something went wrong on our side. Please try again later.");
	}

	private static boolean isOverloadOrOutage(Throwable ex) {
		return ProblemDetailsAdvice.causedBy(ex, SocketTimeoutException.class)
				|| ProblemDetailsAdvice.causedBy(ex, ConnectException.class)
				|| ProblemDetailsAdvice.causedBy(ex, TimeoutException.class)
				|| ProblemDetailsAdvice.causedBy(ex, DataAccessResourceFailureException.class);
	}

}
