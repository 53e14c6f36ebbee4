package nl.ouderbetrokkenheid.identityprovider.authorization;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import nl.ouderbetrokkenheid.identityprovider.IdentityProviderIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

@IdentityProviderIntegrationTest
class DiscoveryIntegrationTests {

	@Value("${portal.idp.issuer}")
	URI issuer;

	private final Browser browser = new Browser();

	@Test
	void discoveryDocumentListsTheEndpointsThePortalUses() throws Exception {
		HttpResponse<String> response = this.browser.get(URI.create(this.issuer + "/.well-known/openid-configuration"));

		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> metadata = JSONObjectUtils.parse(response.body());
		assertThat(metadata).containsEntry("issuer", this.issuer.toString())
			.containsEntry("authorization_endpoint", this.issuer + "/oauth2/authorize")
			.containsEntry("token_endpoint", this.issuer + "/oauth2/token")
			.containsEntry("jwks_uri", this.issuer + "/oauth2/jwks")
			.containsEntry("userinfo_endpoint", this.issuer + "/userinfo")
			.containsEntry("end_session_endpoint", this.issuer + "/connect/logout");
		assertThat(JSONObjectUtils.getStringList(metadata, "code_challenge_methods_supported")).contains("S256");
		assertThat(JSONObjectUtils.getStringList(metadata, "token_endpoint_auth_methods_supported"))
			.contains("client_secret_basic", "client_secret_post");
		assertThat(JSONObjectUtils.getStringList(metadata, "scopes_supported")).contains("openid", "profile", "email");
		assertThat(JSONObjectUtils.getStringList(metadata, "claims_supported")).contains("roles", "email", "name");
	}

	@Test
	void jwksPublishesAnRsaSigningKey() throws Exception {
		HttpResponse<String> response = this.browser.get(URI.create(this.issuer + "/oauth2/jwks"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JWKSet.parse(response.body()).getKeys())
			.anySatisfy((key) -> assertThat(key.getKeyType().getValue()).isEqualTo("RSA"));
	}

	@Test
	void healthIsUp() throws Exception {
		HttpResponse<String> response = this.browser.send(HttpRequest.newBuilder(URI.create(this.issuer + "/actuator/health"))
			.header("Accept", "application/json")
			.build());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JSONObjectUtils.parse(response.body())).containsEntry("status", "UP");
	}

	@Test
	void sessionCookieHasItsOwnNameSoThePortalOnTheSameHostCannotOverwriteIt() {
		HttpResponse<String> response = this.browser
			.get(PkceAuthorizationRequest.to(PkceAuthorizationRequest.PORTAL_REDIRECT_URI).uri(this.issuer));

		assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(
				(cookie) -> assertThat(cookie).startsWith("KP_IDP_SESSION=").containsIgnoringCase("HttpOnly"));
	}

}
