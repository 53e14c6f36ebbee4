package nl.ouderbetrokkenheid.portal.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.OidcProviderStub;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.session.ReactiveFindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions: nothing is kept on the server before a login succeeds, and what a session may do follows the person's
 * profile from one request to the next (grants, revokes, erasure, "log out everywhere").
 */
@PortalIntegrationTest
class SessionsIntegrationTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private ReactiveStringRedisTemplate redis;

	@Autowired
	private ProfileService profiles;

	@Autowired
	private ReactiveFindByIndexNameSessionRepository<? extends Session> byPerson;

	@Test
	void startingLoginsKeepsNothingOnTheServer() {
		long before = storedSessions();
		for (int i = 0; i < 300; i++) {
			// Each start answers without a session cookie (Logins checks that).
			Logins.startLogin(this.client);
		}
		assertThat(storedSessions()).as("sessions in the store after 300 anonymous login starts")
			.isLessThanOrEqualTo(before);
		// And people can still log in.
		Logins.Session session = Logins.login(this.client, Logins.person("after-flood-" + UUID.randomUUID()));
		me(session).expectStatus().isOk();
	}

	@Test
	void aBrowserHoldsAFewLoginsInProgressAndNoMore() {
		List<Logins.AuthorizationRequest> starts = new ArrayList<>();
		String cookie = null;
		for (int i = 0; i < LoginStateCookie.MAX_LOGINS + 2; i++) {
			WebTestClient.RequestHeadersSpec<?> start = this.client.get().uri("/oauth2/authorization/kennisportaal");
			if (cookie != null) {
				start.cookie(Logins.LOGIN_COOKIE, cookie);
			}
			EntityExchangeResult<Void> result = start.exchange().expectStatus().isFound().expectBody().isEmpty();
			cookie = result.getResponseCookies().getFirst(Logins.LOGIN_COOKIE).getValue();
			assertThat(cookie.length()).as("the cookie stays well under browsers' 4 kB").isLessThan(2048);
			java.util.Map<String, String> parameters = new java.util.HashMap<>();
			UriComponentsBuilder.fromUri(result.getResponseHeaders().getLocation())
				.build()
				.getQueryParams()
				.toSingleValueMap()
				.forEach((name, value) -> parameters.put(name, UriUtils.decode(value, StandardCharsets.UTF_8)));
			starts.add(new Logins.AuthorizationRequest(result.getResponseHeaders().getLocation(), cookie, parameters));
		}
		// The oldest gave way; the newest finishes.
		assertThat(callback(starts.getFirst(), cookie, "gone-" + UUID.randomUUID()).getResponseHeaders()
			.getLocation()
			.toString()).contains("error");
		assertThat(callback(starts.getLast(), cookie, "newest-" + UUID.randomUUID()).getResponseHeaders()
			.getLocation()).hasToString("/");
	}

	@Test
	void aForgedLoginCookieIsRefused() {
		Logins.AuthorizationRequest request = Logins.startLogin(this.client);
		String forged = request.loginCookie().substring(0, request.loginCookie().length() - 4) + "AAAA";
		assertThat(callback(request, forged, "forged-" + UUID.randomUUID()).getResponseHeaders()
			.getLocation()
			.toString()).contains("error");
	}

	@Test
	void grantsAndRevokesTakeEffectOnTheNextRequest() {
		Logins.Session admin = Logins.login(this.client, Logins.person("boss-" + UUID.randomUUID(), "ADMIN"));
		Logins.Session target = Logins.login(this.client, Logins.person("climber-" + UUID.randomUUID()));
		String subject = target.person().subject();

		Logins.grant(this.client, admin, subject, "ADMIN").expectStatus().isOk();
		me(target).expectStatus().isOk().expectBody().jsonPath("$.roles").isEqualTo(List.of("MEMBER", "ADMIN"));

		Logins.grant(this.client, admin, subject).expectStatus().isOk();
		me(target).expectStatus().isOk().expectBody().jsonPath("$.roles").isEqualTo(List.of("MEMBER"));
		// The revoked administrator cannot grant the role back to themselves.
		Logins.grant(this.client, target, subject, "ADMIN").expectStatus().isForbidden();
		me(target).expectStatus().isOk().expectBody().jsonPath("$.roles").isEqualTo(List.of("MEMBER"));
	}

	@Test
	void erasureEndsEverySessionOfThePerson() {
		Devices leaving = onTwoDevices("leaving");
		leaving.phone().apply(this.client.delete().uri("/api/me")).exchange().expectStatus().isOk();
		me(leaving.laptop()).expectStatus().isNoContent();
	}

	@Test
	void endingAllSessionsEndsThemEverywhereButNotTheNextLogin() {
		Devices lostPhone = onTwoDevices("lost-phone");
		lostPhone.laptop().apply(this.client.post().uri("/api/me/sessions/end")).exchange().expectStatus().isNoContent();
		me(lostPhone.phone()).expectStatus().isNoContent();
		me(lostPhone.laptop()).expectStatus().isNoContent();
		me(Logins.login(this.client, lostPhone.person())).expectStatus().isOk();
	}

	@Test
	void endingAllSessionsDeletesThemFromTheStore() {
		Devices tidy = onTwoDevices("tidy");
		assertThat(this.byPerson.findByPrincipalName(tidy.person().subject()).block()).hasSize(2);
		tidy.phone().apply(this.client.post().uri("/api/me/sessions/end")).exchange().expectStatus().isNoContent();
		assertThat(this.byPerson.findByPrincipalName(tidy.person().subject()).block()).isEmpty();
	}

	@Test
	void theDataExportListsThePersonsSessionsAndErasureDeletesThem() {
		Devices exported = onTwoDevices("exported");
		exported.laptop().apply(this.client.get().uri("/api/me/data"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sessions.length()")
			.isEqualTo(2)
			.jsonPath("$.sessions[0].startedAt")
			.isNotEmpty()
			.jsonPath("$.sessions[0].lastUsedAt")
			.isNotEmpty();
		exported.laptop().apply(this.client.delete().uri("/api/me")).exchange().expectStatus().isOk();
		assertThat(this.byPerson.findByPrincipalName(exported.person().subject()).block()).isEmpty();
	}

	@Test
	void aSessionTheStoreHoldsOnlyInPartLogsNobodyInWithoutAnError() {
		Logins.Session session = Logins.login(this.client, Logins.person("fragment-" + UUID.randomUUID()));
		// What a request still running writes back after its session was deleted: the last-access time alone.
		this.redis.opsForHash()
			.remove("kennisportaal:session:sessions:" + session.sessionId(), "creationTime", "maxInactiveInterval",
					"sessionAttr:SPRING_SECURITY_CONTEXT")
			.block();
		me(session).expectStatus().isNoContent();
	}

	@Test
	void aSessionValueThisReleaseCannotReadLogsNobodyInWithoutAnError() {
		Logins.Session session = Logins.login(this.client, Logins.person("upgraded-" + UUID.randomUUID()));
		// As a security context written by a release whose classes have since changed would read.
		this.redis.opsForHash()
			.put("kennisportaal:session:sessions:" + session.sessionId(), "sessionAttr:SPRING_SECURITY_CONTEXT",
					"not a serialized object")
			.block();
		me(session).expectStatus().isNoContent();
	}

	@Test
	void aLoginAtTheSameMomentCannotUndoAGrant() {
		String subject = "racing-" + UUID.randomUUID();
		this.profiles.loggedIn(subject, "Racer", "racer@example.test", EnumSet.of(Role.MEMBER)).block();
		// Logins and one grant, all at once: each login reads and writes the whole profile.
		Flux<ProfileDocument> logins = Flux.range(0, 20)
			.flatMap(i -> this.profiles.loggedIn(subject, "Racer " + i, "racer@example.test", Set.of(Role.MEMBER)));
		Mono<ProfileDocument> grant = this.profiles.grant(subject, EnumSet.of(Role.EXPERT));
		Flux.merge(logins.take(10), grant, logins.skip(10)).then().block();
		assertThat(this.profiles.current(subject).block().getGrantedRoles()).containsExactly(Role.EXPERT);
	}

	/** Sessions in the shared store: each live one has an expiry key of its own. */
	private long storedSessions() {
		return this.redis.scan(ScanOptions.scanOptions().match("kennisportaal:session:sessions:expires:*").build())
			.count()
			.block();
	}

	/** Who the session belongs to: 200 with the person, or 204 once the session no longer logs anybody in. */
	/** One person, logged in on two devices: two sessions. */
	private record Devices(OidcProviderStub.Person person, Logins.Session phone, Logins.Session laptop) {
	}

	private Devices onTwoDevices(String name) {
		OidcProviderStub.Person person = Logins.person(name + "-" + UUID.randomUUID());
		return new Devices(person, Logins.login(this.client, person), Logins.login(this.client, person));
	}

	private WebTestClient.ResponseSpec me(Logins.Session session) {
		return session.apply(this.client.get().uri("/api/me")).exchange();
	}

	private EntityExchangeResult<Void> callback(Logins.AuthorizationRequest request, String cookie, String subject) {
		String code = UUID.randomUUID().toString();
		OidcProviderStub.instance().prepareLogin(code, request.parameters().get("nonce"), Logins.person(subject));
		EntityExchangeResult<Void> result = this.client.get()
			.uri("/login/oauth2/code/kennisportaal?code={code}&state={state}", code, request.parameters().get("state"))
			.cookie(Logins.LOGIN_COOKIE, cookie)
			.exchange()
			.expectStatus()
			.isFound()
			.expectBody()
			.isEmpty();
		ResponseCookie session = result.getResponseCookies().getFirst("SESSION");
		if (result.getResponseHeaders().getLocation().toString().contains("error")) {
			assertThat(session).as("no session for a refused login").isNull();
		}
		return result;
	}

}
