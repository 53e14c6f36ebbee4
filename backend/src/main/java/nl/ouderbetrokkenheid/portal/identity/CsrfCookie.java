package nl.ouderbetrokkenheid.portal.identity;

import java.util.UUID;

import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The CSRF token in a cookie the app reads (Spring's cookie-to-header convention), made on the request's own thread.
 * Spring's cookie repository moves the making to another thread pool, in case {@link UUID#randomUUID()} blocks; on
 * Linux it reads {@code /dev/urandom}, which never does. Every request without the cookie makes a token (a
 * browser's first, every crawler's and API client's), and the move cost each a thread switch: at 32 clients
 * searching, a third of the backend's work ran on the other pool.
 */
final class CsrfCookie implements ServerCsrfTokenRepository {

	static final String HEADER = "X-XSRF-TOKEN";

	static final String PARAMETER = "_csrf";

	private final CookieServerCsrfTokenRepository cookies = CookieServerCsrfTokenRepository.withHttpOnlyFalse();

	@Override
	public Mono<CsrfToken> generateToken(ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> new DefaultCsrfToken(HEADER, PARAMETER, UUID.randomUUID().toString()));
	}

	@Override
	public Mono<Void> saveToken(ServerWebExchange exchange, CsrfToken token) {
		return this.cookies.saveToken(exchange, token);
	}

	@Override
	public Mono<CsrfToken> loadToken(ServerWebExchange exchange) {
		return this.cookies.loadToken(exchange);
	}

}
