package nl.ouderbetrokkenheid.portal.system;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ClassUtils;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

import reactor.core.publisher.Mono;

/**
 * Turns every exception raised while handling a request into RFC 9457 problem details. Errors that happen before a
 * handler is chosen or outside Spring MVC's reach are left to {@link ProblemDetailsWebExceptionHandler}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	@ExceptionHandler(PortalException.class)
	ResponseEntity<ProblemDetail> handlePortalException(PortalException ex, ServerWebExchange exchange) {
		return ResponseEntity.status(ex.status()).body(RequestIds.stamp(ex.toProblem(), exchange));
	}

	@ExceptionHandler(DataBufferLimitException.class)
	ResponseEntity<ProblemDetail> handleBufferLimit(DataBufferLimitException ex, ServerWebExchange exchange) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(RequestIds.stamp(RequestSizeLimit.tooLarge(), exchange));
	}

	/** Every problem this advice answers with, Spring's own included, carries the request's id. */
	@Override
	protected Mono<ResponseEntity<Object>> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			ServerWebExchange exchange) {
		if (body instanceof ProblemDetail problem) {
			RequestIds.stamp(problem, exchange);
		}
		return super.createResponseEntity(body, headers, status, exchange);
	}

	private static Mono<ResponseEntity<Object>> badRequest(ProblemDetail problem, ServerWebExchange exchange) {
		return Mono.just(ResponseEntity.badRequest().body(RequestIds.stamp(problem, exchange)));
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		List<Problems.FieldError> errors = new ArrayList<>();
		for (FieldError error : ex.getFieldErrors()) {
			errors.add(fieldError(error.getField(), error));
		}
		ex.getGlobalErrors().forEach(error -> errors.add(fieldError(error.getObjectName(), error)));
		return badRequest(Problems.invalid(errors), exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		List<Problems.FieldError> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> {
			String name = parameterName(result.getMethodParameter());
			result.getResolvableErrors()
				.forEach(error -> errors.add(fieldError(name, violation(result, error), error)));
		});
		return badRequest(Problems.invalid(errors), exchange);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		if (causedBy(ex, DataBufferLimitException.class)) {
			return Mono.just(ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(RequestIds.stamp(RequestSizeLimit.tooLarge(), exchange)));
		}
		MethodParameter parameter = ex.getMethodParameter();
		if (parameter != null && !parameter.hasParameterAnnotation(
				org.springframework.web.bind.annotation.RequestBody.class)) {
			String name = parameterName(parameter);
			Problems.Code code = (ex instanceof MissingRequestValueException) ? Problems.Code.REQUIRED
					: isNumber(parameter.getNestedParameterType()) ? Problems.Code.NOT_A_NUMBER
							: Problems.Code.INVALID_VALUE;
			return badRequest(Problems.invalid(name, code, "'%s' has an invalid value".formatted(name)), exchange);
		}
		if (causedBy(ex, DecodingException.class) || parameter != null) {
			ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
					"The request body is not valid JSON for this endpoint.");
			return badRequest(problem, exchange);
		}
		return super.handleServerWebInputException(ex, headers, status, exchange);
	}

	private static String parameterName(MethodParameter parameter) {
		var requestParam = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
		if (requestParam != null && !requestParam.name().isEmpty()) {
			return requestParam.name();
		}
		var pathVariable = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
		if (pathVariable != null && !pathVariable.name().isEmpty()) {
			return pathVariable.name();
		}
		String name = parameter.getParameterName();
		return (name != null) ? name : "parameter " + parameter.getParameterIndex();
	}

	private static Problems.FieldError fieldError(String field, ObjectError error) {
		ConstraintViolation<?> violation = error.contains(ConstraintViolation.class)
				? error.unwrap(ConstraintViolation.class) : null;
		return fieldError(field, violation, error);
	}

	/** The violation's own code and limits; errors that are no violation (a type mismatch, say) are invalid values. */
	private static Problems.FieldError fieldError(String field, ConstraintViolation<?> violation,
			MessageSourceResolvable error) {
		return (violation != null) ? Problems.FieldError.of(field, violation)
				: new Problems.FieldError(field, Problems.Code.INVALID_VALUE, message(error));
	}

	private static ConstraintViolation<?> violation(ParameterValidationResult result, MessageSourceResolvable error) {
		try {
			return result.unwrap(error, ConstraintViolation.class);
		}
		catch (IllegalArgumentException ex) {
			// Not raised by bean validation: nothing to derive a code from.
			return null;
		}
	}

	private static boolean isNumber(Class<?> type) {
		return Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(type));
	}

	private static String message(MessageSourceResolvable error) {
		String message = error.getDefaultMessage();
		if (message == null && error instanceof DefaultMessageSourceResolvable resolvable) {
			message = resolvable.getCode();
		}
		return (message != null) ? message : "is invalid";
	}

	static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

}
