package nl.ouderbetrokkenheid.portal.system;

import java.nio.charset.StandardCharsets;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Answers 404 at once for an API path with a segment longer than any id or slug can be. Elasticsearch ids are at most
 * 512 bytes, and a longer one sent in a GET by id makes Elasticsearch refuse the request line itself, which would
 * reach the client as a 500. Checking here covers every endpoint that takes an id from its path.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PathSegmentLimit implements WebFilter {

	static final int MAX_SEGMENT_BYTES = 512;

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		for (PathContainer.Element element : exchange.getRequest().getPath().pathWithinApplication().elements()) {
			if (element instanceof PathContainer.PathSegment segment
					&& segment.valueToMatch().getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
				return Mono.error(new PortalException(HttpStatus.NOT_FOUND, "not-found", "Not found",
						"Nothing here has an address this long."));
			}
		}
		return chain.filter(exchange);
	}

}
