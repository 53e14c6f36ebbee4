package nl.ouderbetrokkenheid.portal.system;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses request bodies over {@code portal.web.max-request-size}: at once when the declared length is too large,
 * and as soon as a streamed (chunked) body passes the limit.
 */
@Component
class RequestSizeLimit implements WebFilter {

	private final long maxBytes;

	private final long maxImportBytes;

	RequestSizeLimit(WebProperties properties) {
		this.maxBytes = properties.maxRequestSize().toBytes();
		this.maxImportBytes = properties.maxImportSize().toBytes();
	}

	static ProblemDetail tooLarge() {
		return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large",
				"The request body is larger than this endpoint accepts.");
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long limit = exchange.getRequest().getPath().value().endsWith("/import") ? this.maxImportBytes : this.maxBytes;
		long declared = exchange.getRequest().getHeaders().getContentLength();
		if (declared > limit) {
			return Mono.error(new DataBufferLimitException("Declared body of " + declared + " bytes"));
		}
		ServerHttpRequest limited = new ServerHttpRequestDecorator(exchange.getRequest()) {
			@Override
			public Flux<DataBuffer> getBody() {
				AtomicLong seen = new AtomicLong();
				return super.getBody().handle((buffer, sink) -> {
					if (seen.addAndGet(buffer.readableByteCount()) > limit) {
						org.springframework.core.io.buffer.DataBufferUtils.release(buffer);
						sink.error(new DataBufferLimitException("Request body exceeds " + limit + " bytes"));
						return;
					}
					sink.next(buffer);
				});
			}
		};
		return chain.filter(exchange.mutate().request(limited).build());
	}

}
