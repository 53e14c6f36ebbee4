package nl.ouderbetrokkenheid.portal.support;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * WireMock playing an OpenID Connect provider for backend tests: a discovery document, a JWKS with a real RSA key,
 * and per login a token response with a really signed ID token and a userinfo response. Spring Security's own
 * client code talks to it over HTTP; nothing in the security context is mocked.
 */
public final class OidcProviderStub {

	public static final String CLIENT_ID = "kennisportaal-test";

	public static final String CLIENT_SECRET = "test-secret";

	private static OidcProviderStub instance;

	private final WireMockServer server;

	private final RSAKey key;

	private final JsonMapper json = JsonMapper.builder().build();

	private OidcProviderStub() {
		try {
			this.key = new RSAKeyGenerator(2048).keyID("test-key").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		this.server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		this.server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(this.server::stop, "oidc-provider-stub"));
		String issuer = issuer();
		this.server.stubFor(get(urlPathEqualTo("/.well-known/openid-configuration")).willReturn(okJson(this.json
			.writeValueAsString(Map.ofEntries(Map.entry("issuer", issuer),
					Map.entry("authorization_endpoint", issuer + "/authorize"),
					Map.entry("token_endpoint", issuer + "/token"), Map.entry("jwks_uri", issuer + "/jwks"),
					Map.entry("userinfo_endpoint", issuer + "/userinfo"),
					Map.entry("end_session_endpoint", issuer + "/logout"),
					Map.entry("response_types_supported", List.of("code")),
					Map.entry("subject_types_supported", List.of("public")),
					Map.entry("id_token_signing_alg_values_supported", List.of("RS256")),
					Map.entry("scopes_supported", List.of("openid", "profile", "email")),
					Map.entry("token_endpoint_auth_methods_supported", List.of("client_secret_basic")),
					Map.entry("code_challenge_methods_supported", List.of("S256")))))));
		this.server.stubFor(get(urlPathEqualTo("/jwks"))
			.willReturn(okJson(new JWKSet(this.key.toPublicJWK()).toString())));
	}

	public static synchronized OidcProviderStub instance() {
		if (instance == null) {
			instance = new OidcProviderStub();
		}
		return instance;
	}

	public String issuer() {
		return "http://localhost:" + this.server.port();
	}

	public WireMockServer server() {
		return this.server;
	}

	/**
	 * Prepares the provider's answers for one login: the token endpoint answers the given code, the userinfo
	 * endpoint the resulting access token.
	 */
	public void prepareLogin(String code, String nonce, Person person) {
		String accessToken = "at-" + code;
		Map<String, Object> claims = person.claims();
		this.server.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("code=" + code))
			.willReturn(okJson(this.json.writeValueAsString(Map.of("access_token", accessToken, "token_type", "Bearer",
					"expires_in", 300, "scope", "openid profile email", "id_token", idToken(nonce, claims))))));
		this.server.stubFor(get(urlPathEqualTo("/userinfo")).withHeader("Authorization", equalTo("Bearer " + accessToken))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(this.json.writeValueAsString(claims))));
	}

	private String idToken(String nonce, Map<String, Object> claims) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder token = new JWTClaimsSet.Builder().issuer(issuer())
			.audience(CLIENT_ID)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)))
			.jwtID(UUID.randomUUID().toString())
			.claim("nonce", nonce);
		claims.forEach(token::claim);
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
				token.build());
		try {
			jwt.sign(new RSASSASigner(this.key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	/** Someone the provider knows. */
	public record Person(String subject, String name, String email, List<String> roles) {

		Map<String, Object> claims() {
			return Map.of("sub", this.subject, "name", this.name, "email", this.email, "email_verified", true,
					"preferred_username", this.subject, "roles", this.roles);
		}

	}

	/** Points a test's application context at the stub. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues
				.of("portal.identity.issuer-uri=" + instance().issuer(), "portal.identity.client-id=" + CLIENT_ID,
						"portal.identity.client-secret=" + CLIENT_SECRET,
						// The stub sends role names; privileged ones count only through a mapping, as in production.
						"portal.identity.role-mapping.ORGANISER=ORGANISER", "portal.identity.role-mapping.EXPERT=EXPERT",
						"portal.identity.role-mapping.EDITOR=EDITOR", "portal.identity.role-mapping.ADMIN=ADMIN",
						"portal.identity.role-mapping.SCHOOL_CONTACT=SCHOOL_CONTACT",
						"portal.identity.role-mapping.ASSESSOR=ASSESSOR")
				.applyTo(context);
		}

	}

}
