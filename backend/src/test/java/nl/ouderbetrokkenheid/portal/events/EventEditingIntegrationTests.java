package nl.ouderbetrokkenheid.portal.events;

import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.Responses;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisers editing their events: the version check that keeps two editors from overwriting each other, the
 * capacity rule, and the description shown as sanitised HTML.
 */
@nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest
class EventEditingIntegrationTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private SeatLedger ledger;

	@Test
	void anEditBasedOnAnOutdatedCopyIsRefusedAndOverwritesNothing() {
		EventHttp http = new EventHttp(this.client);
		Logins.Session organiser = Logins.login(this.client, Logins.person("org-" + UUID.randomUUID(), "ORGANISER"));
		Logins.Session editor = Logins.login(this.client, Logins.person("ed-" + UUID.randomUUID(), "EDITOR"));
		String id = http.create(organiser, EventTestData.json("Versie een", 20));
		String loaded = http.etag(organiser, id);
		assertThat(loaded).isNotBlank();

		// Without If-Match the edit is not even tried.
		http.update(organiser, id, null, EventTestData.json("Zonder versie", 20))
			.expectStatus()
			.isEqualTo(428)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/version-required");

		// The editor saves first, with the version both loaded ...
		String afterEditor = Responses
			.okVersion(http.update(editor, id, loaded, EventTestData.json("Versie van de redacteur", 30)));
		assertThat(afterEditor).isNotEqualTo(loaded);
		// ... so the organiser's edit of that same version is stale: 412, and the editor's version stays.
		http.update(organiser, id, loaded, EventTestData.json("Versie van de organisator", 5))
			.expectStatus()
			.isEqualTo(412)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/stale-event");
		http.update(organiser, id, "\"niet-een-versie\"", EventTestData.json("Onzin", 5)).expectStatus().isEqualTo(412);
		JsonNode stored = http.get(organiser, "/api/events/" + id);
		assertThat(stored.get("title").asString()).isEqualTo("Versie van de redacteur");
		assertThat(stored.get("capacity").asInt()).isEqualTo(30);
		assertThat(this.ledger.read(id).block().getCapacity()).isEqualTo(30);

		// With the current version the organiser's edit goes through, and the ledger follows the new capacity.
		http.update(organiser, id, http.etag(organiser, id), EventTestData.json("Versie van de organisator", 25))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Versie van de organisator");
		assertThat(this.ledger.read(id).block().getCapacity()).isEqualTo(25);
	}

	@Test
	void capacityBelowTheConfirmedSeatsIsRefusedAndChangesNothing() {
		EventHttp http = new EventHttp(this.client);
		Logins.Session organiser = Logins.login(this.client, Logins.person("org-" + UUID.randomUUID(), "ORGANISER"));
		String id = http.createPublished(organiser, EventTestData.json("Bijna vol", 4));
		Logins.Session member = Logins.login(this.client, Logins.person("m-" + UUID.randomUUID(), "MEMBER"));
		// One registration with two colleagues takes three seats.
		http.register(member, id, "{\"colleagues\":[\"Anna\",\"Bram\"],\"answers\":{\"role\":\"Ouder\"}}")
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.seats")
			.isEqualTo(3)
			.jsonPath("$.status")
			.isEqualTo("CONFIRMED");
		assertThat(http.get(null, "/api/events/" + id).get("seatsLeft").asInt()).isEqualTo(1);

		http.update(organiser, id, http.etag(organiser, id), EventTestData.json("Bijna vol", 2))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/capacity-below-confirmed")
			.jsonPath("$.detail")
			.value(String.class, detail -> assertThat(detail).contains("3 seats are confirmed"));
		assertThat(http.get(null, "/api/events/" + id).get("capacity").asInt()).isEqualTo(4);
		assertThat(this.ledger.read(id).block().getCapacity()).isEqualTo(4);

		// Exactly the confirmed seats is allowed.
		http.update(organiser, id, http.etag(organiser, id), EventTestData.json("Bijna vol", 3)).expectStatus().isOk();
		assertThat(http.get(null, "/api/events/" + id).get("seatsLeft").asInt()).isZero();
	}

	@Test
	void theDescriptionIsRenderedFromMarkdownAndSanitised() {
		EventHttp http = new EventHttp(this.client);
		Logins.Session organiser = Logins.login(this.client, Logins.person("org-" + UUID.randomUUID(), "ORGANISER"));
		String body = EventTestData.json("Met opmaak", 10)
			.replace("\"description\":\"Een avond\"",
					"\"description\":\"Een **avond** met [uitleg](https://example.test/uitleg).\\n\\n<script>alert(1)</script>\\n\\n- een\\n- twee\"");
		String id = http.createPublished(organiser, body);
		JsonNode event = http.get(null, "/api/events/" + id);
		String html = event.get("descriptionHtml").asString();
		assertThat(html).contains("<strong>avond</strong>")
			.contains("<a href=\"https://example.test/uitleg\"")
			.contains("<li>een</li>")
			.doesNotContain("<script");
		assertThat(event.get("description").asString()).startsWith("Een **avond**");
		// The aspects the organiser chose are kept.
		assertThat(event.get("aspects").get(0).asString()).isEqualTo("COMMUNICATION");
	}

}
