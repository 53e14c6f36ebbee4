package nl.ouderbetrokkenheid.portal.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over {@code portal.web.max-request-size}: at once when the declared length is too large,
 * and at the end of a streamed (chunked) body that passed the limit.
 * <p>
 * An answer given before the request's body was read to its end (this refusal, but also a 401 or a CSRF 403 from
 * security) must not leave the rest of the body on the connection: the connection would go back to the client's
 * pool with bytes still in flight, and whether the next request on it is understood would depend on timing (that
 * race left a test's next login hanging). So the rest is read and dropped before the answer goes out, as nginx's
 * lingering close does, up to {@link #DRAIN_BYTES} and {@link #DRAIN_TIME}; beyond that the answer says
 * {@code Connection: close} and the connection ends. Runs ahead of security, so it sees every exchange.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit implements WebFilter {

	/** How much of an unwanted body is read and dropped to keep the connection; a larger one closes it. */
	static final long DRAIN_BYTES = 8L * 1024 * 1024;

	/** How long a client may take to send the rest of an unwanted body before the connection is closed. */
	static final Duration DRAIN_TIME = Duration.ofSeconds(10);

	private final long maxBytes;

	private final long maxImportBytes;

	private final long maxUploadBytes;

	RequestSizeLimit(WebProperties properties) {
		this.maxBytes = properties.maxRequestSize().toBytes();
		this.maxImportBytes = properties.maxImportSize().toBytes();
		this.maxUploadBytes = properties.maxUploadSize().toBytes();
	}

	static ProblemDetail tooLarge() {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large",
				"The request body is larger than this endpoint accepts.");
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (!hasBody(request.getHeaders())) {
			return chain.filter(exchange);
		}
		Body body = new Body();
		exchange.getResponse().beforeCommit(() -> finish(request, exchange.getResponse(), body));
		String path = request.getPath().value();
		long limit = path.endsWith("/import") ? this.maxImportBytes
				: path.endsWith("/files") ? this.maxUploadBytes : this.maxBytes;
		long declared = request.getHeaders().getContentLength();
		if (declared > limit) {
			return Mono.error(new DataBufferLimitException("Declared body of " + declared + " bytes"));
		}
		ServerHttpRequest limited = new ServerHttpRequestDecorator(request) {
			@Override
			public Flux<DataBuffer> getBody() {
				body.subscribed = true;
				AtomicLong seen = new AtomicLong();
				// Past the limit the rest is still read (and dropped) up to the drain allowance, so the refusal can
				// keep the connection; the decoder hears of it when the body ends.
				return super.getBody().<DataBuffer>handle((buffer, sink) -> {
					long total = seen.addAndGet(buffer.readableByteCount());
					if (total <= limit) {
						sink.next(buffer);
						return;
					}
					DataBufferUtils.release(buffer);
					if (total > limit + DRAIN_BYTES) {
						sink.error(new DataBufferLimitException("Request body exceeds " + limit + " bytes"));
					}
				}).concatWith(Mono.defer(() -> {
					body.readToTheEnd = true;
					return (seen.get() > limit)
							? Mono.error(new DataBufferLimitException("Request body exceeds " + limit + " bytes"))
							: Mono.empty();
				}));
			}
		};
		return chain.filter(exchange.mutate().request(limited).build());
	}

	/** Before the answer goes out: drop what is left of the body, or close the connection after the answer. */
	private static Mono<Void> finish(ServerHttpRequest request, ServerHttpResponse response, Body body) {
		if (body.readToTheEnd) {
			return Mono.empty();
		}
		long declared = request.getHeaders().getContentLength();
		boolean expectsContinue = "100-continue".equalsIgnoreCase(request.getHeaders().getFirst(HttpHeaders.EXPECT));
		if (body.subscribed) {
			// The reader gave up part way (say, on malformed JSON): the server drops what still arrives of this
			// body on its own, so the connection stays in step. Closing it instead would make the client's
			// operating system reset a connection it is still sending on, and lose the answer.
			return Mono.empty();
		}
		if (declared > DRAIN_BYTES || expectsContinue) {
			// Too much to wait for, or not sent at all: a client that asked "100-continue" and hears a final answer
			// instead keeps its body.
			response.getHeaders().set(HttpHeaders.CONNECTION, "close");
			return Mono.empty();
		}
		AtomicLong dropped = new AtomicLong();
		return request.getBody()
			.<DataBuffer>handle((buffer, sink) -> {
				long total = dropped.addAndGet(buffer.readableByteCount());
				DataBufferUtils.release(buffer);
				if (total > DRAIN_BYTES) {
					sink.error(new DataBufferLimitException("Unwanted body exceeds " + DRAIN_BYTES + " bytes"));
				}
			})
			.then()
			.timeout(DRAIN_TIME)
			.onErrorResume(ex -> {
				response.getHeaders().set(HttpHeaders.CONNECTION, "close");
				return Mono.empty();
			});
	}

	private static boolean hasBody(HttpHeaders headers) {
		return headers.getContentLength() > 0 || headers.containsHeader(HttpHeaders.TRANSFER_ENCODING);
	}

	/** What became of the request body, seen from the answer's side. */
	private static final class Body {

		volatile boolean subscribed;

		volatile boolean readToTheEnd;

	}

}
