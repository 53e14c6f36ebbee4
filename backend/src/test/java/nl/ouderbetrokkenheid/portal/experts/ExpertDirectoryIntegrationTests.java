package nl.ouderbetrokkenheid.portal.experts;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Markers;
import nl.ouderbetrokkenheid.portal.support.Articles;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.invalid;
import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.problem;
import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class ExpertDirectoryIntegrationTests {

	@Autowired
	private WebTestClient client;

	@Test
	void anExpertFillsInTheirProfileAndTheDirectoryFindsItByTextAndFacets() {
		String marker = Markers.word("zq");
		Logins.Session expert = Logins.login(this.client, Logins.person("expert-" + UUID.randomUUID(), "EXPERT"));
		JsonNode me = Articles.get(this.client, expert, "/api/experts/me");
		String slug = me.get("slug").asString();
		assertThat(me.get("name").asString()).isEqualTo(expert.person().name());
		assertThat(me.has("subject")).isFalse();

		Map<String, Object> profile = new java.util.HashMap<>(
				profile("Ik begeleid scholen bij oudergesprekken. " + marker, "FORMAL", "SPORT"));
		profile.put("listed", true);
		saveProfile(expert, profile)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.bio")
			.value(bio -> assertThat(bio.toString()).contains(marker));

		// "oudergesprek" finds "oudergesprekken": the bio is analysed as Dutch.
		JsonNode found = Articles.get(this.client, null, "/api/experts?q=oudergesprek+" + marker);
		assertThat(found.get("total").asLong()).isEqualTo(1);
		assertThat(found.get("experts").get(0).get("slug").asString()).isEqualTo(slug);
		assertThat(found.get("facets").get("sector").toString()).contains("\"value\":\"SPORT\",\"count\":1");
		assertThat(Articles.get(this.client, null, "/api/experts?q=" + marker + "&sector=CARE").get("total").asLong())
			.isZero();
		assertThat(Articles.get(this.client, null, "/api/experts?q=" + marker + "&sector=SPORT&partnership=FORMAL")
			.get("total")
			.asLong()).isEqualTo(1);
		assertThat(Articles.get(this.client, null, "/api/experts/matching?partnership=FORMAL&sector=SPORT&size=20")
			.get("experts")
			.findValuesAsString("slug")).contains(slug);
		assertThat(Articles.get(this.client, null, "/api/experts/" + slug).get("organisation").asString())
			.isEqualTo("Testorganisatie (fictief)");
	}

	@Test
	void aQuestionWithACompoundWrittenApartFindsTheExpert() {
		String marker = Markers.word("zq");
		Logins.Session expert = Logins.login(this.client, Logins.person("expert-" + UUID.randomUUID(), "EXPERT"));
		Map<String, Object> profile = new java.util.HashMap<>(
				profile("Ik help scholen met huisbezoeken bij nieuwkomers. " + marker, "PEDAGOGIC", "EDUCATION"));
		profile.put("listed", true);
		String slug = Articles.versioned(saveProfile(expert, profile)
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()).body().get("slug").asString();

		JsonNode found = Articles.get(this.client, null,
				"/api/experts?q=wie+kan+ons+helpen+met+huis+bezoeken+" + marker);
		assertThat(found.get("experts").findValuesAsString("slug")).containsExactly(slug);
	}

	@Test
	void anExpertIsListedOnlyOnceTheyChooseToBe() {
		String marker = Markers.word("zq");
		Logins.Session expert = Logins.login(this.client, Logins.person(marker + "e", "EXPERT"));
		Logins.login(this.client, Logins.person(marker + "m", "MEMBER"));
		JsonNode me = Articles.get(this.client, expert, "/api/experts/me");
		String slug = me.get("slug").asString();
		assertThat(me.get("listed").asBoolean()).isFalse();
		assertNotListed(slug, marker + "e");
		assertThat(names("/api/experts?q=Test+" + marker + "m")).doesNotContain("Test " + marker + "m");

		setListed(expert, true);
		assertListed(slug, marker + "e");

		setListed(expert, false);
		assertNotListed(slug, marker + "e");
	}

	@Test
	void revokingTheExpertRoleTakesTheExpertOutOfTheDirectory() {
		String subject = Markers.word("zq");
		Logins.login(this.client, Logins.person(subject, "MEMBER"));
		Logins.Session admin = Logins.login(this.client, Logins.person("admin-" + UUID.randomUUID(), "ADMIN"));
		Logins.grant(this.client, admin, subject, "EXPERT").expectStatus().isOk();
		Logins.Session expert = Logins.login(this.client, Logins.person(subject, "MEMBER"));
		String slug = setListed(expert, true).get("slug").asString();
		assertListed(slug, subject);

		Logins.grant(this.client, admin, subject).expectStatus().isOk();
		assertNotListed(slug, subject);

		// Their choice is kept: given the role again, they are back.
		Logins.grant(this.client, admin, subject, "EXPERT").expectStatus().isOk();
		assertListed(slug, subject);
	}

	@Test
	void anExpertWhoseProviderNoLongerGivesTheRoleLeavesTheDirectoryAtTheirNextLogin() {
		String subject = Markers.word("zq");
		String slug = setListed(Logins.login(this.client, Logins.person(subject, "EXPERT")), true).get("slug").asString();
		assertListed(slug, subject);

		Logins.login(this.client, Logins.person(subject, "MEMBER"));
		assertNotListed(slug, subject);
	}

	@Test
	void pagesBeyondTheResultWindowAreA400NamingThePage() {
		for (String query : List.of("page=200&size=100", "page=500&size=20", "page=-1", "page=99999999999",
				"page=x")) {
			this.client.get()
				.uri("/api/experts?" + query)
				.exchange()
				.expectAll(problem(HttpStatus.BAD_REQUEST))
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("page");
		}
		this.client.get().uri("/api/experts?page=499&size=20").exchange().expectStatus().isOk();
	}

	private List<String> names(String uri) {
		return Articles.get(this.client, null, uri).get("experts").findValuesAsString("name");
	}

	/** Not in the directory, not among the matching experts, no public profile page. */
	private void assertNotListed(String slug, String subject) {
		assertThat(names("/api/experts?q=Test+" + subject)).doesNotContain("Test " + subject);
		assertThat(Articles.get(this.client, null, "/api/experts/matching?partnership=FORMAL&sector=SPORT&size=20")
			.get("experts")
			.findValuesAsString("slug")).doesNotContain(slug);
		this.client.get().uri("/api/experts/" + slug).exchange().expectStatus().isNotFound();
	}

	private void assertListed(String slug, String subject) {
		assertThat(names("/api/experts?q=Test+" + subject)).contains("Test " + subject);
		assertThat(Articles.get(this.client, null, "/api/experts/matching?partnership=FORMAL&sector=SPORT&size=20")
			.get("experts")
			.findValuesAsString("slug")).contains(slug);
		assertThat(Articles.get(this.client, null, "/api/experts/" + slug).get("name").asString())
			.isEqualTo("Test " + subject);
	}

	private JsonNode setListed(Logins.Session expert, boolean listed) {
		Map<String, Object> profile = new java.util.HashMap<>(profile("Test " + expert.person().subject(), "FORMAL", "SPORT"));
		profile.put("listed", listed);
		return Articles.versioned(saveProfile(expert, profile)
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.listed")
			.isEqualTo(listed)
			.returnResult()).body();
	}

	@Test
	void badInputIsA400NamingTheField() {
		Logins.Session expert = Logins.login(this.client, Logins.person("expert-" + UUID.randomUUID(), "EXPERT"));
		saveProfile(expert, Map.of("photoUrl", "javascript:alert(1)", "sectors", List.of("SPACE")))
			.expectAll(invalid("photoUrl"));
		saveProfile(expert, Map.of("sectors", List.of("SPACE")))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("sectors");
		this.client.get().uri("/api/experts?sector=SPACE").exchange().expectStatus().isBadRequest();
		this.client.get().uri("/api/experts?size=1000").exchange().expectStatus().isBadRequest();
		this.client.get().uri("/api/experts/niemand-" + UUID.randomUUID()).exchange().expectStatus().isNotFound();
	}

	private static Map<String, Object> profile(String bio, String partnership, String sector) {
		return Map.of("bio", bio, "photoUrl", "https://voorbeeld.nl/foto.jpg", "partnerships", List.of(partnership),
				"aspects", List.of("COMMUNICATION"), "sectors", List.of(sector), "region", "UTRECHT", "organisation",
				"Testorganisatie (fictief)");
	}

	private WebTestClient.ResponseSpec saveProfile(Logins.Session expert, Object profile) {
		return expert.apply(this.client.put().uri("/api/experts/me"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(profile)
			.exchange();
	}

}
