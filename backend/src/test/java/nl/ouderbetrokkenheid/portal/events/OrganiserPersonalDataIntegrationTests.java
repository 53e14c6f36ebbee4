package nl.ouderbetrokkenheid.portal.events;

import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events an organiser created are part of their data: listed in their export, and on erasure a published event
 * stays for its attendees while the organiser's name and subject leave it; a draft goes.
 */
@PortalIntegrationTest
class OrganiserPersonalDataIntegrationTests {

	@Autowired
	private WebTestClient client;

	@Test
	void organisedEventsAreExportedAndLoseTheOrganiserOnErasureButStayForAttendees() {
		EventHttp http = new EventHttp(this.client);
		String subject = "org-" + UUID.randomUUID();
		Logins.Session organiser = Logins.login(this.client, Logins.person(subject, "ORGANISER"));
		String published = http.createPublished(organiser, EventTestData.json("Ouderavond van Olga", 10));
		String draft = http.create(organiser, EventTestData.json("Concept van Olga", 10));
		Logins.Session member = Logins.login(this.client, Logins.person("mem-" + UUID.randomUUID(), "MEMBER"));
		http.register(member, published, "{\"answers\":{\"role\":\"Ouder\"}}").expectStatus().isCreated();

		JsonNode export = http.get(organiser, "/api/me/data");
		JsonNode organised = export.get("organisedEvents");
		assertThat(organised).as("organisedEvents section").isNotNull();
		assertThat(organised.findValuesAsString("id")).containsExactlyInAnyOrder(published, draft);
		assertThat(organised.findValuesAsString("title")).contains("Ouderavond van Olga", "Concept van Olga");
		assertThat(organised.findValuesAsString("organiserName")).containsOnly("Test " + subject);

		organiser.apply(this.client.delete().uri("/api/me")).exchange().expectStatus().isOk();

		// The event stays for its attendees, without its organiser's name.
		JsonNode event = http.get(null, "/api/events/" + published);
		assertThat(event.get("title").asString()).isEqualTo("Ouderavond van Olga");
		assertThat(event.hasNonNull("organiserName")).as("organiserName after erasure").isFalse();
		assertThat(event.toString()).doesNotContain(subject);
		assertThat(http.get(member, "/api/me/registrations").get(0).get("eventId").asString()).isEqualTo(published);

		// Nothing of theirs is found under their subject any more; editors manage the events from now on, and the
		// draft nobody else saw is gone.
		Logins.Session again = Logins.login(this.client, Logins.person(subject, "ORGANISER"));
		assertThat(http.get(again, "/api/me/data").get("organisedEvents").size()).isZero();
		assertThat(http.get(again, "/api/organiser/events").size()).isZero();
		again.apply(this.client.get().uri("/api/events/" + published + "/attendees"))
			.exchange()
			.expectStatus()
			.isForbidden();
		Logins.Session editor = Logins.login(this.client, Logins.person("ed-" + UUID.randomUUID(), "EDITOR"));
		assertThat(http.get(editor, "/api/events/" + published).get("canManage").asBoolean()).isTrue();
		editor.apply(this.client.get().uri("/api/events/" + draft)).exchange().expectStatus().isNotFound();
		assertThat(http.get(editor, "/api/events/" + published + "/attendees").get("attendees").size()).isEqualTo(1);
	}

}
