package nl.ouderbetrokkenheid.portal.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.OidcProviderStub;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.problem;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class LoginFlowIntegrationTests {

	@Autowired
	private WebTestClient client;

	@Test
	void loginStartsAnAuthorizationCodeFlowWithPkceAndNonce() {
		Logins.AuthorizationRequest request = Logins.startLogin(this.client);
		assertThat(request.location().toString()).startsWith(OidcProviderStub.instance().issuer() + "/authorize");
		assertThat(request.parameters()).containsEntry("response_type", "code")
			.containsEntry("client_id", OidcProviderStub.CLIENT_ID)
			.containsEntry("code_challenge_method", "S256")
			.containsKeys("state", "nonce", "code_challenge", "redirect_uri");
	}

	@Test
	void wholeLoginFlowEndsInASessionWithTheProvidersRoles() throws Exception {
		String subject = "olga-" + UUID.randomUUID();
		Logins.AuthorizationRequest request = Logins.startLogin(this.client);
		String code = UUID.randomUUID().toString();
		EntityExchangeResult<Void> callback = Logins.finishLogin(this.client, request, code,
				new OidcProviderStub.Person(subject, "Olga Organisator", "olga@example.test", List.of("ORGANISER")))
			.expectStatus()
			.isFound()
			.expectBody()
			.isEmpty();
		ResponseCookie session = callback.getResponseCookies().getFirst("SESSION");
		assertThat(session).isNotNull();
		assertThat(callback.getResponseCookies().getFirst(Logins.LOGIN_COOKIE).getMaxAge())
			.as("the login in progress is forgotten once done")
			.isZero();
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(session.getSameSite()).isEqualTo("Lax");

		// The portal proved possession of the PKCE verifier when it redeemed the code.
		List<LoggedRequest> tokenRequests = OidcProviderStub.instance()
			.server()
			.findAll(postRequestedFor(urlPathEqualTo("/token")).withRequestBody(containing("code=" + code)));
		assertThat(tokenRequests).hasSize(1);
		String verifier = UriComponentsBuilder.newInstance()
			.query(tokenRequests.getFirst().getBodyAsString())
			.build()
			.getQueryParams()
			.getFirst("code_verifier");
		assertThat(verifier).isNotBlank();
		String challenge = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		assertThat(challenge).isEqualTo(request.parameters().get("code_challenge"));

		this.client.get()
			.uri("/api/me")
			.cookie("SESSION", session.getValue())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.subject")
			.isEqualTo(subject)
			.jsonPath("$.displayName")
			.isEqualTo("Olga Organisator")
			.jsonPath("$.email")
			.isEqualTo("olga@example.test")
			.jsonPath("$.roles")
			.isEqualTo(List.of("MEMBER", "ORGANISER"));
	}

	@Test
	void aTamperedStateIsRefused() {
		Logins.AuthorizationRequest request = Logins.startLogin(this.client);
		this.client.get()
			.uri("/login/oauth2/code/kennisportaal?code=whatever&state=forged")
			.cookie(Logins.LOGIN_COOKIE, request.loginCookie())
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.value("Location", location -> assertThat(location).contains("error"));
	}

	@Test
	void logoutNeedsCsrfThenEndsTheSessionAtTheProviderToo() {
		Logins.Session session = Logins.login(this.client, Logins.person("logout-" + UUID.randomUUID(), "MEMBER"));

		this.client.post()
			.uri("/logout")
			.cookie("SESSION", session.sessionId())
			.exchange()
			.expectStatus()
			.isForbidden();

		this.client.post()
			.uri("/logout")
			.cookie("SESSION", session.sessionId())
			.cookie("XSRF-TOKEN", session.csrfToken())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("_csrf=" + session.csrfToken())
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.value("Location", location -> assertThat(location).startsWith(OidcProviderStub.instance().issuer() + "/logout")
				.contains("id_token_hint=")
				.contains("post_logout_redirect_uri="));

		this.client.get()
			.uri("/api/me")
			.cookie("SESSION", session.sessionId())
			.exchange()
			.expectStatus()
			.isNoContent();
	}

	@Test
	void anAnonymousVisitorIsToldNobodyIsLoggedInWithoutAnError() {
		this.client.get().uri("/api/me").exchange().expectStatus().isNoContent().expectBody().isEmpty();
	}

	@Test
	void anonymousApiCallsGetProblemsNotRedirects() {
		this.client.get()
			.uri("/api/me/data")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectAll(problem(HttpStatus.UNAUTHORIZED))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/unauthenticated");
	}

}
