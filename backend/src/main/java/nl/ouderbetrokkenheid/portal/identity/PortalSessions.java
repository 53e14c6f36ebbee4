package nl.ouderbetrokkenheid.portal.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

import reactor.core.publisher.Mono;

/**
 * Where a logged-in person's security context lives: in their session, which is in the store every replica shares
 * ({@link SessionStoreConfiguration}), but what it grants is decided by their profile, read again on every request.
 * So an administrator's grant or revoke, an erasure and "log out everywhere" take effect on the person's next request,
 * on every replica, since the profile lives in Elasticsearch and is read in real time (a GET by id, which does not
 * wait for a refresh). The price is one GET per logged-in request.
 */
@RequiredArgsConstructor
class PortalSessions implements ServerSecurityContextRepository {

	/** When this session logged in, by the portal's clock: compared with the profile's "sessions valid after". */
	static final String LOGGED_IN_AT = PortalSessions.class.getName() + ".loggedInAt";

	private final WebSessionServerSecurityContextRepository sessions = new WebSessionServerSecurityContextRepository();

	private final ProfileService profiles;

	private final Clock clock;

	@Override
	public Mono<Void> save(ServerWebExchange exchange, SecurityContext context) {
		Mono<Void> stamp = (context != null && context.getAuthentication() != null) ? exchange.getSession()
			.doOnNext(session -> session.getAttributes().put(LOGGED_IN_AT, this.clock.instant()))
			.then() : Mono.empty();
		return stamp.then(this.sessions.save(exchange, context));
	}

	@Override
	public Mono<SecurityContext> load(ServerWebExchange exchange) {
		return this.sessions.load(exchange).flatMap(context -> {
			if (!(context.getAuthentication() instanceof OAuth2AuthenticationToken token)
					|| !(token.getPrincipal() instanceof OidcUser user)) {
				return Mono.just(context);
			}
			return exchange.getSession().flatMap(session -> current(token, user, session));
		});
	}

	private Mono<SecurityContext> current(OAuth2AuthenticationToken token, OidcUser user, WebSession session) {
		Instant loggedInAt = session.getAttributeOrDefault(LOGGED_IN_AT, Instant.EPOCH);
		return this.profiles.current(user.getSubject())
			.filter(profile -> profile.getSessionsValidAfter() == null
					|| loggedInAt.isAfter(profile.getSessionsValidAfter()))
			.<SecurityContext>map(profile -> new SecurityContextImpl(withRoles(token, user, profile)))
			// Erased, or logged out everywhere: this session is over, here and on every other replica.
			.switchIfEmpty(Mono.defer(() -> session.invalidate().then(Mono.empty())));
	}

	private static OAuth2AuthenticationToken withRoles(OAuth2AuthenticationToken token, OidcUser user,
			ProfileDocument profile) {
		List<GrantedAuthority> authorities = profile.roles()
			.stream()
			.sorted()
			.<GrantedAuthority>map(Role::authority)
			.toList();
		if (authorities.equals(List.copyOf(token.getAuthorities()))) {
			return token;
		}
		DefaultOidcUser current = new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "sub");
		return new OAuth2AuthenticationToken(current, authorities, token.getAuthorizedClientRegistrationId());
	}

}
