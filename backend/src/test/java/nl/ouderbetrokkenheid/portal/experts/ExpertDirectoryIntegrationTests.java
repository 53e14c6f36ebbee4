package nl.ouderbetrokkenheid.portal.experts;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Articles;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class ExpertDirectoryIntegrationTests {

	@Autowired
	private WebTestClient client;

	@Test
	void anExpertFillsInTheirProfileAndTheDirectoryFindsItByTextAndFacets() {
		String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Logins.Session expert = Logins.login(this.client, Logins.person("expert-" + UUID.randomUUID(), "EXPERT"));
		JsonNode me = Articles.get(this.client, expert, "/api/experts/me");
		String slug = me.get("slug").asString();
		assertThat(me.get("name").asString()).isEqualTo(expert.person().name());
		assertThat(me.has("subject")).isFalse();

		expert.apply(this.client.put().uri("/api/experts/me"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(profile("Ik begeleid scholen bij oudergesprekken. " + marker, "FORMAL", "SPORT"))
			.exchange()
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
	void anExpertIsInTheDirectoryFromTheirFirstLoginAndAMemberIsNot() {
		String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		Logins.login(this.client, Logins.person(marker + "e", "EXPERT"));
		Logins.login(this.client, Logins.person(marker + "m", "MEMBER"));

		JsonNode found = Articles.get(this.client, null, "/api/experts?q=Test+" + marker + "e");
		assertThat(found.get("experts").findValuesAsString("name")).contains("Test " + marker + "e");
		assertThat(Articles.get(this.client, null, "/api/experts?q=Test+" + marker + "m").get("experts")
			.findValuesAsString("name")).doesNotContain("Test " + marker + "m");
	}

	@Test
	void badInputIsA400NamingTheField() {
		Logins.Session expert = Logins.login(this.client, Logins.person("expert-" + UUID.randomUUID(), "EXPERT"));
		expert.apply(this.client.put().uri("/api/experts/me"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("photoUrl", "javascript:alert(1)", "sectors", List.of("SPACE")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(fields -> assertThat(fields.toString()).contains("photoUrl"));
		expert.apply(this.client.put().uri("/api/experts/me"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("sectors", List.of("SPACE")))
			.exchange()
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

}
