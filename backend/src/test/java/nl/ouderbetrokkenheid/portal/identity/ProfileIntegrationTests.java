package nl.ouderbetrokkenheid.portal.identity;

import java.util.List;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.OidcProviderStub;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.problem;
import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class ProfileIntegrationTests {

	@Autowired
	private WebTestClient client;

	@Test
	void firstLoginCreatesTheProfileAndTheOwnerEditsIt() {
		Logins.Session session = Logins.login(this.client, Logins.person("pia-" + UUID.randomUUID(), "MEMBER"));
		saveProfile(session, "{\"organisation\":\"Basisschool De Regenboog (demo)\",\"sector\":\"EDUCATION\","
				+ "\"region\":\"UTRECHT\",\"bio\":\"Intern begeleider\"}")
			.expectStatus()
			.isOk();
		session.apply(this.client.get().uri("/api/me"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.organisation")
			.isEqualTo("Basisschool De Regenboog (demo)")
			.jsonPath("$.sector")
			.isEqualTo("EDUCATION")
			.jsonPath("$.region")
			.isEqualTo("UTRECHT")
			.jsonPath("$.createdAt")
			.isNotEmpty();
	}

	@Test
	void unknownCodesAreRefusedNamingTheFieldAndChangeNothing() {
		Logins.Session session = Logins.login(this.client, Logins.person("bad-" + UUID.randomUUID(), "MEMBER"));
		saveProfile(session, "{\"organisation\":\"Eerst\",\"sector\":\"CARE\"}").expectStatus().isOk();
		saveProfile(session, "{\"organisation\":\"Daarna\",\"sector\":\"SPACE\",\"region\":\"ATLANTIS\"}")
			.expectAll(problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[*].field")
			.isEqualTo(List.of("sector", "region"));
		session.apply(this.client.get().uri("/api/me"))
			.exchange()
			.expectBody()
			.jsonPath("$.organisation")
			.isEqualTo("Eerst")
			.jsonPath("$.sector")
			.isEqualTo("CARE");
	}

	@Test
	void writesWithoutTheCsrfTokenAreRefused() {
		Logins.Session session = Logins.login(this.client, Logins.person("csrf-" + UUID.randomUUID(), "MEMBER"));
		this.client.put()
			.uri("/api/me/profile")
			.cookie("SESSION", session.sessionId())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"organisation\":\"Aanvaller\"}")
			.exchange()
			.expectAll(problem(HttpStatus.FORBIDDEN))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/csrf");
	}

	@Test
	void aPersonDownloadsTheirDataAndDeletesTheirAccount() {
		String subject = "gone-" + UUID.randomUUID();
		Logins.Session session = Logins.login(this.client, Logins.person(subject, "MEMBER"));
		session.apply(this.client.get().uri("/api/me/data"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value(HttpHeaders.CONTENT_DISPOSITION, value -> assertThat(value).contains("attachment"))
			.expectBody()
			.jsonPath("$.profile.subject")
			.isEqualTo(subject)
			.jsonPath("$.profile.email")
			.isEqualTo(subject + "@example.test");

		session.apply(this.client.delete().uri("/api/me"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.logoutUrl")
			.value(url -> assertThat(url.toString()).startsWith(OidcProviderStub.instance().issuer() + "/logout?")
				.contains("id_token_hint=")
				.contains("post_logout_redirect_uri="));

		// The session is gone with the account: the same cookie now logs nobody in.
		session.apply(this.client.get().uri("/api/me")).exchange().expectStatus().isNoContent();
		Logins.Session admin = Logins.login(this.client, Logins.person("admin-" + UUID.randomUUID(), "ADMIN"));
		Logins.grant(this.client, admin, subject, "EDITOR")
			.expectStatus()
			.isNotFound();
	}

	@Test
	void rolesGrantedByAnAdminJoinTheProvidersAtTheNextLogin() {
		String subject = "grant-" + UUID.randomUUID();
		Logins.login(this.client, Logins.person(subject, "MEMBER"));
		Logins.Session admin = Logins.login(this.client, Logins.person("admin-" + UUID.randomUUID(), "ADMIN"));
		Logins.grant(this.client, admin, subject, "EDITOR")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.roles")
			.isEqualTo(List.of("MEMBER", "EDITOR"));

		Logins.Session again = Logins.login(this.client, Logins.person(subject, "EXPERT"));
		again.apply(this.client.get().uri("/api/me"))
			.exchange()
			.expectBody()
			.jsonPath("$.roles")
			.isEqualTo(List.of("MEMBER", "EXPERT", "EDITOR"))
			.jsonPath("$.providerRoles")
			.isEqualTo(List.of("MEMBER", "EXPERT"))
			.jsonPath("$.grantedRoles")
			.isEqualTo(List.of("EDITOR"));
	}

	@Test
	void grantingAnUnknownRoleIsABadRequest() {
		Logins.Session admin = Logins.login(this.client, Logins.person("admin-" + UUID.randomUUID(), "ADMIN"));
		Logins.grant(this.client, admin, "anyone", "EMPEROR").expectAll(problem(HttpStatus.BAD_REQUEST));
	}

	@Test
	void pagesOfUsersBeyondTheResultWindowAreABadRequestNamingThePage() {
		Logins.Session admin = Logins.login(this.client, Logins.person("admin-" + UUID.randomUUID(), "ADMIN"));
		admin.apply(this.client.get().uri("/api/admin/users?page=200&size=100"))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("page");
	}

	private WebTestClient.ResponseSpec saveProfile(Logins.Session session, String json) {
		return session.apply(this.client.put().uri("/api/me/profile"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange();
	}

}
