package nl.ouderbetrokkenheid.identityprovider.authorization;

import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import nl.ouderbetrokkenheid.identityprovider.account.DemoAccount;
import nl.ouderbetrokkenheid.identityprovider.account.DemoAccounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The authorization server: one confidential client for the portal (authorization code with PKCE, no consent
 * screen), OpenID Connect with userinfo and RP-initiated logout, and form login for everything else.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	private static final Log logger = LogFactory.getLog(AuthorizationServerConfiguration.class);

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerFilterChain(HttpSecurity http, DemoAccounts accounts) {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc((oidc) -> oidc
				.providerConfigurationEndpoint((discovery) -> discovery.providerConfigurationCustomizer(
						(metadata) -> metadata.scope(OidcScopes.PROFILE)
							.scope(OidcScopes.EMAIL)
							.claim("claims_supported", DemoAccount.CLAIM_NAMES)))
				.userInfoEndpoint((userInfo) -> userInfo.userInfoMapper((context) -> userInfo(context, accounts))));
		})
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			// The userinfo endpoint takes the access token as a bearer token.
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()))
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain loginFilterChain(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/css/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**")
			.permitAll()
			.anyRequest()
			.authenticated()).formLogin((form) -> form.loginPage("/login"));
		return http.build();
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(IdentityProviderProperties properties) {
		if (properties.demo()) {
			logger.warn("portal.idp.demo=true: serving the public demo accounts at " + properties.issuer());
		}
		return AuthorizationServerSettings.builder().issuer(properties.issuer().toString()).build();
	}

	@Bean
	RegisteredClientRepository registeredClientRepository(IdentityProviderProperties properties,
			PasswordEncoder passwordEncoder) {
		RegisteredClient portal = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(properties.clientId())
			.clientSecret(passwordEncoder.encode(properties.clientSecret()))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUris((uris) -> uris.addAll(properties.redirectUris()))
			.postLogoutRedirectUris((uris) -> uris.addAll(properties.postLogoutRedirectUris()))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.scope(OidcScopes.EMAIL)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.build();
		return new InMemoryRegisteredClientRepository(portal);
	}

	/** Puts the account's claims in the ID token, and its roles in the access token too. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> demoAccountClaims(DemoAccounts accounts) {
		return (context) -> accounts.find(context.getPrincipal().getName()).ifPresent((account) -> {
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				context.getClaims().claims((claims) -> claims.putAll(account.claims()));
			}
			else if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
				context.getClaims().claim("roles", account.roles());
			}
		});
	}

	/** The default mapper copies only scope-specific claims from the ID token, which would drop {@code roles}. */
	private static OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context, DemoAccounts accounts) {
		String username = context.getAuthorization().getPrincipalName();
		DemoAccount account = accounts.find(username)
			.orElseThrow(() -> new IllegalStateException("Token for unknown demo account " + username));
		return new OidcUserInfo(account.claims());
	}

}
