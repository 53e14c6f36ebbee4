package nl.ouderbetrokkenheid.portal.system;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Gives every request an id that ties together what a client saw and what the logs say: a valid {@code X-Request-Id}
 * from the proxy (or a client) is kept, otherwise one is made. It goes back in the response header, into every problem
 * details answer ({@code requestId}), into the Reactor context, and into the log lines written about the request.
 * First of all filters, so even a request refused by security has one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds implements WebFilter {

	public static final String HEADER = "X-Request-Id";

	/** The key in the logs' context (MDC: a field of its own in the JSON logs) and in the Reactor context. */
	public static final String KEY = "requestId";

	private static final String ATTRIBUTE = RequestIds.class.getName();

	/**
	 * What an id from outside may look like: nginx's {@code $request_id} (32 hex digits), UUIDs, and the like. Anything
	 * else (too long, spaces, line breaks a log reader would trip over) is replaced, not refused.
	 */
	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String given = exchange.getRequest().getHeaders().getFirst(HEADER);
		String id = (given != null && VALID.matcher(given).matches()) ? given : newId();
		exchange.getAttributes().put(ATTRIBUTE, id);
		exchange.getResponse().getHeaders().set(HEADER, id);
		return chain.filter(exchange).contextWrite(Context.of(KEY, id));
	}

	/** The request's id; a new one for an exchange this filter did not see (it runs first, so only in unit tests). */
	public static String of(ServerWebExchange exchange) {
		String id = exchange.getAttribute(ATTRIBUTE);
		if (id == null) {
			id = newId();
			exchange.getAttributes().put(ATTRIBUTE, id);
		}
		return id;
	}

	/** The problem with the request's id added, so a person reporting an error can quote what the logs know it by. */
	static ProblemDetail stamp(ProblemDetail problem, ServerWebExchange exchange) {
		problem.setProperty(KEY, of(exchange));
		return problem;
	}

	/**
	 * 128 random bits in hex. Unguessability is not needed (the id grants nothing), so the thread's own generator:
	 * no shared lock and no entropy pool on the path of every request.
	 */
	private static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "%016x%016x".formatted(random.nextLong(), random.nextLong());
	}

}
