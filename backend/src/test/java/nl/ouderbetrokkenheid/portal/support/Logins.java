package nl.ouderbetrokkenheid.portal.support;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs a person in through the real authorization-code flow: the portal redirects to the provider stub, the test
 * plays the browser coming back with a code, and Spring Security exchanges it for a signed ID token.
 */
public final class Logins {

	private Logins() {
	}

	/** A logged-in browser: its session cookie and the CSRF token the app would echo. */
	public record Session(String sessionId, String csrfToken, OidcProviderStub.Person person) {

		/** Sends the session cookie, and the CSRF cookie and header a state-changing request needs. */
		public <S extends WebTestClient.RequestHeadersSpec<?>> S apply(S spec) {
			if (this.sessionId != null) {
				spec.cookie("SESSION", this.sessionId);
			}
			if (this.csrfToken != null) {
				spec.cookie("XSRF-TOKEN", this.csrfToken);
				spec.header("X-XSRF-TOKEN", this.csrfToken);
			}
			return spec;
		}

	}

	/** An administrator's grant: {@code roles} become the portal's roles of {@code subject}, next to the provider's. */
	public static WebTestClient.ResponseSpec grant(WebTestClient client, Session admin, String subject,
			String... roles) {
		return admin.apply(client.put().uri("/api/admin/users/{subject}/roles", subject))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("roles", List.of(roles)))
			.exchange();
	}

	/** The cookie that holds a login in progress (the portal's {@code LoginStateCookie}). */
	public static final String LOGIN_COOKIE = "PORTAL_LOGIN";

	/** What the portal sent the browser to the provider with, and the cookie that remembers it. */
	public record AuthorizationRequest(URI location, String loginCookie, Map<String, String> parameters) {
	}

	public static OidcProviderStub.Person person(String subject, String... roles) {
		return new OidcProviderStub.Person(subject, "Test " + subject, subject + "@example.test", List.of(roles));
	}

	/** A visitor who has not logged in but holds a CSRF token, as the app always does after its first request. */
	public static Session anonymous(WebTestClient client) {
		ResponseCookie csrf = client.get()
			.uri("/api/status")
			.exchange()
			.expectBody()
			.returnResult()
			.getResponseCookies()
			.getFirst("XSRF-TOKEN");
		assertThat(csrf).as("CSRF cookie").isNotNull();
		return new Session(null, csrf.getValue(), null);
	}

	public static Session login(WebTestClient client, OidcProviderStub.Person person) {
		EntityExchangeResult<Void> callback = finishLogin(client, startLogin(client), person).expectStatus()
			.isFound()
			.expectBody()
			.isEmpty();
		assertThat(callback.getResponseHeaders().getLocation()).as("redirect after login")
			.hasToString("/");
		ResponseCookie session = callback.getResponseCookies().getFirst("SESSION");
		assertThat(session).as("session cookie after login").isNotNull();
		String sessionId = session.getValue();
		EntityExchangeResult<byte[]> me = client.get()
			.uri("/api/me")
			.cookie("SESSION", sessionId)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult();
		ResponseCookie csrf = me.getResponseCookies().getFirst("XSRF-TOKEN");
		assertThat(csrf).as("CSRF cookie").isNotNull();
		return new Session(sessionId, csrf.getValue(), person);
	}

	/** The browser's return from the provider to the portal, the provider having logged {@code person} in. */
	public static WebTestClient.ResponseSpec finishLogin(WebTestClient client, AuthorizationRequest request,
			OidcProviderStub.Person person) {
		return finishLogin(client, request, UUID.randomUUID().toString(), person);
	}

	/** As {@link #finishLogin(WebTestClient, AuthorizationRequest, OidcProviderStub.Person)}, with the given code. */
	public static WebTestClient.ResponseSpec finishLogin(WebTestClient client, AuthorizationRequest request, String code,
			OidcProviderStub.Person person) {
		OidcProviderStub.instance().prepareLogin(code, request.parameters().get("nonce"), person);
		return client.get()
			.uri("/login/oauth2/code/kennisportaal?code={code}&state={state}", code, request.parameters().get("state"))
			.cookie(LOGIN_COOKIE, request.loginCookie())
			.exchange();
	}

	public static AuthorizationRequest startLogin(WebTestClient client) {
		EntityExchangeResult<Void> start = client.get()
			.uri("/oauth2/authorization/kennisportaal")
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.isEmpty();
		URI location = start.getResponseHeaders().getLocation();
		assertThat(start.getResponseCookies().getFirst("SESSION")).as("no server session before the login").isNull();
		ResponseCookie login = start.getResponseCookies().getFirst(LOGIN_COOKIE);
		assertThat(login).as("cookie for the login in progress").isNotNull();
		Map<String, String> parameters = new java.util.HashMap<>();
		UriComponentsBuilder.fromUri(location)
			.build()
			.getQueryParams()
			.toSingleValueMap()
			.forEach((name, value) -> parameters.put(name, UriUtils.decode(value, StandardCharsets.UTF_8)));
		return new AuthorizationRequest(location, login.getValue(), parameters);
	}

}
