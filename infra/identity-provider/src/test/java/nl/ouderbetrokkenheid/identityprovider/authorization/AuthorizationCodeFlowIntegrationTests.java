package nl.ouderbetrokkenheid.identityprovider.authorization;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import nl.ouderbetrokkenheid.identityprovider.IdentityProviderIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static nl.ouderbetrokkenheid.identityprovider.authorization.PkceAuthorizationRequest.CLIENT_ID;
import static nl.ouderbetrokkenheid.identityprovider.authorization.PkceAuthorizationRequest.CLIENT_SECRET;
import static nl.ouderbetrokkenheid.identityprovider.authorization.PkceAuthorizationRequest.PORTAL_REDIRECT_URI;
import static org.assertj.core.api.Assertions.assertThat;

/** The portal's login, done the way its backend and a browser do it, with plain HTTP. */
@IdentityProviderIntegrationTest
class AuthorizationCodeFlowIntegrationTests {

	@Value("${portal.idp.issuer}")
	URI issuer;

	private final Browser browser = new Browser();

	@Test
	void organiserGetsASignedIdTokenWithProfileAndRoles() throws Exception {
		PkceAuthorizationRequest request = PkceAuthorizationRequest.to(PORTAL_REDIRECT_URI);
		Map<String, Object> tokens = exchange(authorizationCode(request, "organiser"), request);

		SignedJWT idToken = SignedJWT.parse((String) tokens.get("id_token"));
		JWKSet jwks = JWKSet.parse(this.browser.get(URI.create(this.issuer + "/oauth2/jwks")).body());
		assertThat(idToken.verify(new RSASSAVerifier(jwks.getKeyByKeyId(idToken.getHeader().getKeyID()).toRSAKey())))
			.isTrue();
		JWTClaimsSet claims = idToken.getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo(this.issuer.toString());
		assertThat(claims.getAudience()).containsExactly(CLIENT_ID);
		assertThat(claims.getStringClaim("nonce")).isEqualTo(request.nonce());
		assertThat(claims.getSubject()).isEqualTo("organiser");
		assertThat(claims.getStringClaim("name")).isEqualTo("Olga Organisator");
		assertThat(claims.getStringClaim("given_name")).isEqualTo("Olga");
		assertThat(claims.getStringClaim("family_name")).isEqualTo("Organisator");
		assertThat(claims.getStringClaim("preferred_username")).isEqualTo("organiser");
		assertThat(claims.getStringClaim("email")).isEqualTo("olga.organisator@demo.kennisportaal.test");
		assertThat(claims.getBooleanClaim("email_verified")).isTrue();
		assertThat(claims.getStringListClaim("roles")).containsExactly("MEMBER", "ORGANISER");
	}

	@Test
	void userInfoCarriesTheSameClaimsAsTheIdToken() throws Exception {
		PkceAuthorizationRequest request = PkceAuthorizationRequest.to(PORTAL_REDIRECT_URI);
		Map<String, Object> tokens = exchange(authorizationCode(request, "organiser"), request);

		HttpResponse<String> userInfo = this.browser.send(HttpRequest.newBuilder(URI.create(this.issuer + "/userinfo"))
			.header("Authorization", "Bearer " + tokens.get("access_token"))
			.GET()
			.build());

		assertThat(userInfo.statusCode()).isEqualTo(200);
		Map<String, Object> claims = JSONObjectUtils.parse(userInfo.body());
		Map<String, Object> idTokenClaims = SignedJWT.parse((String) tokens.get("id_token")).getJWTClaimsSet().toJSONObject();
		assertThat(claims).containsEntry("roles", List.of("MEMBER", "ORGANISER"))
			.containsEntry("sub", "organiser")
			.containsEntry("email_verified", true);
		for (String name : List.of("sub", "name", "given_name", "family_name", "preferred_username", "email",
				"email_verified", "roles")) {
			assertThat(claims.get(name)).as(name).isEqualTo(idTokenClaims.get(name));
		}
	}

	@Test
	void refreshTokenWithClientSecretPostGivesANewIdTokenWithRoles() throws Exception {
		PkceAuthorizationRequest request = PkceAuthorizationRequest.to(PORTAL_REDIRECT_URI);
		Map<String, Object> tokens = exchange(authorizationCode(request, "expert-2"), request);

		HttpResponse<String> refreshed = this.browser.send(HttpRequest.newBuilder(URI.create(this.issuer + "/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(Browser.formBody(Map.of("grant_type", "refresh_token",
					"refresh_token", (String) tokens.get("refresh_token"), "client_id", CLIENT_ID, "client_secret",
					CLIENT_SECRET))))
			.build());

		assertThat(refreshed.statusCode()).isEqualTo(200);
		JWTClaimsSet claims = SignedJWT.parse((String) JSONObjectUtils.parse(refreshed.body()).get("id_token"))
			.getJWTClaimsSet();
		assertThat(claims.getStringClaim("name")).isEqualTo("Karim El Idrissi");
		assertThat(claims.getStringListClaim("roles")).containsExactly("MEMBER", "EXPERT");
	}

	@Test
	void lastNumberedMemberCanLogIn() throws Exception {
		PkceAuthorizationRequest request = PkceAuthorizationRequest.to(PORTAL_REDIRECT_URI);
		Map<String, Object> tokens = exchange(authorizationCode(request, "member-1000"), request);

		JWTClaimsSet claims = SignedJWT.parse((String) tokens.get("id_token")).getJWTClaimsSet();
		assertThat(claims.getSubject()).isEqualTo("member-1000");
		assertThat(claims.getStringClaim("name")).isEqualTo("Lid 1000");
		assertThat(claims.getStringListClaim("roles")).containsExactly("MEMBER");
	}

	@Test
	void memberBeyondTheLastNumberCannotLogIn() {
		URI afterLogin = logIn(PkceAuthorizationRequest.to(PORTAL_REDIRECT_URI), "member-1001", "ouders-samen");

		assertThat(afterLogin).isEqualTo(URI.create(this.issuer + "/login?error"));
		assertThat(this.browser.get(afterLogin).body()).contains("Onbekende gebruikersnaam of onjuist wachtwoord");
	}

	@Test
	void wrongPasswordCannotLogIn() {
		URI afterLogin = logIn(PkceAuthorizationRequest.to(PORTAL_REDIRECT_URI), "member", "ouders-apart");

		assertThat(afterLogin).isEqualTo(URI.create(this.issuer + "/login?error"));
	}

	@Test
	void loopbackAddressRedirectUriMatchesAnyPort() {
		PkceAuthorizationRequest request = PkceAuthorizationRequest
			.to("http://127.0.0.1:5173/login/oauth2/code/kennisportaal");

		assertThat(authorizationCode(request, "member")).isNotBlank();
	}

	@Test
	void localhostRedirectUriMustMatchExactly() {
		PkceAuthorizationRequest request = PkceAuthorizationRequest
			.to("http://localhost:5173/login/oauth2/code/kennisportaal");

		HttpResponse<String> response = this.browser.get(request.uri(this.issuer));

		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void authorizationRequestWithoutPkceIsRefused() {
		URI withoutPkce = URI.create(this.issuer + "/oauth2/authorize?" + Browser.formBody(Map.of("response_type",
				"code", "client_id", CLIENT_ID, "scope", "openid", "redirect_uri", PORTAL_REDIRECT_URI, "state", "s")));

		URI redirect = Browser.location(this.browser.get(withoutPkce));

		assertThat(redirect.toString()).startsWith(PORTAL_REDIRECT_URI + "?");
		assertThat(Browser.queryParameters(redirect)).containsEntry("error", "invalid_request")
			.containsEntry("error_description", "OAuth 2.0 Parameter: code_challenge");
	}

	@Test
	void rpInitiatedLogoutEndsTheSessionAndReturnsToThePortal() throws Exception {
		PkceAuthorizationRequest request = PkceAuthorizationRequest.to(PORTAL_REDIRECT_URI);
		Map<String, Object> tokens = exchange(authorizationCode(request, "editor"), request);

		HttpResponse<String> logout = this.browser.get(URI.create(this.issuer + "/connect/logout?"
				+ Browser.formBody(Map.of("id_token_hint", (String) tokens.get("id_token"), "post_logout_redirect_uri",
						"http://localhost:8080/", "state", "tot-ziens"))));

		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(Browser.location(logout)).isEqualTo(URI.create("http://localhost:8080/?state=tot-ziens"));
		HttpResponse<String> nextLogin = this.browser.get(PkceAuthorizationRequest.to(PORTAL_REDIRECT_URI).uri(this.issuer));
		assertThat(Browser.location(nextLogin)).isEqualTo(URI.create(this.issuer + "/login"));
	}

	@Test
	void silentReauthorizationNeedsNoSecondLogin() {
		authorizationCode(PkceAuthorizationRequest.to(PORTAL_REDIRECT_URI), "admin");

		PkceAuthorizationRequest again = PkceAuthorizationRequest.to(PORTAL_REDIRECT_URI);
		URI redirect = Browser.location(this.browser.get(again.uri(this.issuer)));

		assertThat(redirect.toString()).startsWith(PORTAL_REDIRECT_URI + "?code=");
		assertThat(Browser.queryParameters(redirect)).containsEntry("state", again.state());
	}

	/** Authorization request, login form, back to the authorization endpoint, redirect to the portal with a code. */
	private String authorizationCode(PkceAuthorizationRequest request, String username) {
		URI afterLogin = logIn(request, username, "ouders-samen");
		assertThat(afterLogin.getPath()).isEqualTo("/oauth2/authorize");

		URI redirect = Browser.location(this.browser.get(afterLogin));

		assertThat(redirect.toString()).startsWith(request.redirectUri() + "?");
		Map<String, String> parameters = Browser.queryParameters(redirect);
		assertThat(parameters).containsEntry("state", request.state()).containsKey("code");
		return parameters.get("code");
	}

	private URI logIn(PkceAuthorizationRequest request, String username, String password) {
		HttpResponse<String> authorize = this.browser.get(request.uri(this.issuer));
		assertThat(authorize.statusCode()).isEqualTo(302);
		URI loginPage = Browser.location(authorize);
		assertThat(loginPage).isEqualTo(URI.create(this.issuer + "/login"));

		String csrfToken = Browser.csrfToken(this.browser.get(loginPage).body());
		HttpResponse<String> login = this.browser.postForm(loginPage,
				Map.of("username", username, "password", password, "_csrf", csrfToken));

		assertThat(login.statusCode()).isEqualTo(302);
		return Browser.location(login);
	}

	private Map<String, Object> exchange(String code, PkceAuthorizationRequest request) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.browser.send(HttpRequest.newBuilder(URI.create(this.issuer + "/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(Browser.formBody(Map.of("grant_type", "authorization_code", "code",
					code, "redirect_uri", request.redirectUri(), "code_verifier", request.codeVerifier()))))
			.build());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<String, Object> tokens = JSONObjectUtils.parse(response.body());
		assertThat(tokens).containsKeys("access_token", "refresh_token", "id_token");
		return tokens;
	}

}
