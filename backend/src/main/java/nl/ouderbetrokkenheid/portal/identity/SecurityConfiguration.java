package nl.ouderbetrokkenheid.portal.identity;

import java.net.URI;
import java.time.Clock;

import nl.ouderbetrokkenheid.portal.system.PortalException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.WebFilter;

import reactor.core.publisher.Mono;

/**
 * Who may do what. Reading is public; everything that writes or shows personal data needs a login, and feature
 * endpoints state their role with {@code @PreAuthorize}. API calls get 401/403 problem details, never a redirect;
 * browser navigations to a protected page start the login.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
class SecurityConfiguration {

	/** The one state-changing endpoint that works without a session (see SavedSearchController). */
	private static final String UNSUBSCRIBE = "/api/saved-searches/unsubscribe";


	static final String LOGIN_PATH = "/oauth2/authorization/" + ProviderRegistrations.REGISTRATION_ID;

	@Bean
	ReactiveClientRegistrationRepository clientRegistrations(IdentityProperties properties) {
		return new ProviderRegistrations(properties);
	}

	@Bean
	ReactiveOAuth2UserService<OidcUserRequest, OidcUser> portalUserService(IdentityProperties properties,
			ProfileService profiles, ObjectProvider<LoginListener> listeners) {
		return new PortalUserService(properties, profiles, listeners.orderedStream().toList());
	}

	@Bean
	PortalSessions portalSessions(ProfileService profiles, Clock clock) {
		return new PortalSessions(profiles, clock);
	}

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http,
			ReactiveClientRegistrationRepository registrations, IdentityProperties properties, PortalSessions sessions,
			Clock clock) {
		ServerWebExchangeMatcher api = ServerWebExchangeMatchers.pathMatchers("/api/**");
		DefaultServerOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultServerOAuth2AuthorizationRequestResolver(
				registrations);
		authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		OidcClientInitiatedServerLogoutSuccessHandler logoutSuccess = new OidcClientInitiatedServerLogoutSuccessHandler(
				registrations);
		logoutSuccess.setPostLogoutRedirectUri("{baseUrl}/");
		// Providers without an end-session endpoint: back to the app rather than a login page the portal lacks.
		logoutSuccess.setLogoutSuccessUrl(URI.create("/"));

		// "Who is there?" has an answer for anonymous visitors too (204), so asking it is never an error.
		http.authorizeExchange(exchanges -> exchanges.pathMatchers(HttpMethod.GET, "/api/me")
			.permitAll()
			.pathMatchers("/api/me", "/api/me/**")
			.authenticated()
			.pathMatchers("/api/admin/**")
			.hasRole(Role.ADMIN.name())
			// Editors' writes, refused before the body is even read (controllers state the same with @PreAuthorize).
			.pathMatchers(HttpMethod.POST, "/api/items", "/api/items/**")
			.hasRole(Role.EDITOR.name())
			.pathMatchers(HttpMethod.PUT, "/api/items/**", "/api/search/**")
			.hasRole(Role.EDITOR.name())
			.pathMatchers(HttpMethod.DELETE, "/api/items/**")
			.hasRole(Role.EDITOR.name())
			// Organisers' writes (events), likewise refused before the body is read.
			.pathMatchers(HttpMethod.POST, "/api/events", "/api/events/*/publish", "/api/events/*/cancel")
			.hasAnyRole(Role.ORGANISER.name(), Role.EDITOR.name())
			.pathMatchers(HttpMethod.PUT, "/api/events/**")
			.hasAnyRole(Role.ORGANISER.name(), Role.EDITOR.name())
			// The balance scan's try-out: results for answers sent along, stored nowhere, for visitors too.
			.pathMatchers(HttpMethod.POST, "/api/balance/results")
			.permitAll()
			// A digest's one-click unsubscribe: mail programs POST without a session; the signed token is the proof.
			.pathMatchers(HttpMethod.POST, UNSUBSCRIBE)
			.permitAll()
			.pathMatchers(HttpMethod.GET, "/api/**")
			.permitAll()
			.pathMatchers(HttpMethod.HEAD, "/api/**")
			.permitAll()
			.pathMatchers("/api/**")
			.authenticated()
			.anyExchange()
			.permitAll())
			.securityContextRepository(sessions)
			// Nothing is kept on the server before a login succeeds (see LoginStateCookie), and nobody is sent back to
			// a request saved in a session: the app remembers where the person was.
			.requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.oauth2Login(login -> login.authorizationRequestResolver(authorizationRequests)
				.authorizationRequestRepository(
						new LoginStateCookie(registrations, properties.clientSecret(), clock))
				.authorizedClientRepository(new NoProviderTokens())
				.securityContextRepository(sessions))
			.logout(logout -> logout.logoutSuccessHandler(logoutSuccess))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint(entryPoint(api))
				.accessDeniedHandler(accessDenied()))
			.csrf(csrf -> csrf.csrfTokenRepository(new CsrfCookie())
				// No cookie is read there, so there is no session to ride on; mail programs cannot send a token.
				.requireCsrfProtectionMatcher(new AndServerWebExchangeMatcher(CsrfWebFilter.DEFAULT_CSRF_MATCHER,
						new NegatedServerWebExchangeMatcher(
								ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, UNSUBSCRIBE))))
				.accessDeniedHandler((exchange, ex) -> Mono.error(new PortalException(HttpStatus.FORBIDDEN, "csrf",
						"Missing or wrong CSRF token", "Send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header.")))
				// The app echoes the cookie's value in a header, so the token must not be masked per request.
				.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler()))
			.addFilterAfter(csrfCookie(), SecurityWebFiltersOrder.CSRF)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(properties.issuerUri())))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frames -> frames.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY)));
		return http.build();
	}

	/** API calls get a 401 problem; anything else is a browser navigation and goes to the login. */
	private static ServerAuthenticationEntryPoint entryPoint(ServerWebExchangeMatcher api) {
		ServerAuthenticationEntryPoint login = new RedirectServerAuthenticationEntryPoint(LOGIN_PATH);
		return (exchange, ex) -> api.matches(exchange)
			.flatMap(match -> match.isMatch()
					? Mono.error(new PortalException(HttpStatus.UNAUTHORIZED, "unauthenticated",
							"Login required", "Log in to use this part of the portal."))
					: login.commence(exchange, ex));
	}

	private static ServerAccessDeniedHandler accessDenied() {
		return (exchange, ex) -> Mono.error(new PortalException(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
				"Your account does not have the role this needs."));
	}

	/** Makes sure every response carries the CSRF cookie, so the app has a token before its first write. */
	private static WebFilter csrfCookie() {
		return (exchange, chain) -> {
			Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
			return (token != null) ? token.then(chain.filter(exchange)) : chain.filter(exchange);
		};
	}

	/**
	 * The app runs without inline scripts or styles. Forms may go to the identity provider too: logout is a form post
	 * that ends in a redirect there, and browsers apply form-action to that redirect.
	 */
	static String contentSecurityPolicy(String issuerUri) {
		URI issuer = URI.create(issuerUri);
		String provider = issuer.getScheme() + "://" + issuer.getAuthority();
		return String.join("; ", "default-src 'self'", "script-src 'self'", "style-src 'self'",
				"img-src 'self' data: https:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
				"base-uri 'self'", "frame-ancestors 'none'", "form-action 'self' " + provider);
	}

}
