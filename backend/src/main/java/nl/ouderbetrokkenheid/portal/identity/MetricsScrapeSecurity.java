package nl.ouderbetrokkenheid.portal.identity;

import nl.ouderbetrokkenheid.portal.system.PortalException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import reactor.core.publisher.Mono;

/**
 * Who may read the metrics: only the scraper's own account (HTTP Basic, {@code portal.metrics.scrape.*}), which may
 * do nothing else. A scraper cannot log in through the identity provider, and an administrator's role would give it
 * every other power too; people, administrators included, have no business with the raw series (they read the
 * dashboard). Its own filter chain, ahead of the portal's: no session, no CSRF (reads only), and no way in for a
 * portal login.
 */
@Configuration(proxyBeanMethods = false)
class MetricsScrapeSecurity {

	static final String PATH = "/actuator/prometheus";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain metricsScrapeFilterChain(ServerHttpSecurity http, MetricsScrapeProperties properties) {
		return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(PATH))
			.authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
			.httpBasic(basic -> basic.authenticationManager(scraper(properties))
				.authenticationEntryPoint((exchange, ex) -> {
					exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"metrics\"");
					return Mono.error(new PortalException(HttpStatus.UNAUTHORIZED, "unauthenticated",
							"Login required", "Only the operators' metrics scraper may read the metrics."));
				}))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.build();
	}

	/** The scraper's account; without a configured password none, so every attempt is refused. */
	private static ReactiveAuthenticationManager scraper(MetricsScrapeProperties properties) {
		if (!properties.enabled()) {
			return authentication -> Mono.error(new BadCredentialsException("No scrape password configured"));
		}
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		MapReactiveUserDetailsService users = new MapReactiveUserDetailsService(User.withUsername(properties.user())
			.password(encoder.encode(properties.password()))
			.roles("METRICS")
			.build());
		UserDetailsRepositoryReactiveAuthenticationManager manager = new UserDetailsRepositoryReactiveAuthenticationManager(
				users);
		manager.setPasswordEncoder(encoder);
		return manager;
	}

}
