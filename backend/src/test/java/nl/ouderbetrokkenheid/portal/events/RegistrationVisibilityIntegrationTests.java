package nl.ouderbetrokkenheid.portal.events;

import java.io.StringReader;
import java.time.Duration;
import java.util.UUID;

import co.elastic.clients.elasticsearch.indices.IndexSettings;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-your-writes: a member sees their registration and cancellation, and an organiser the attendees and check-ins,
 * in the very next request. The registrations index refreshes only every few seconds here (as a busy cluster may),
 * so a read that relies on the periodic refresh misses the write instead of catching it by luck.
 */
@PortalIntegrationTest
class RegistrationVisibilityIntegrationTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private ReactiveElasticsearchOperations operations;

	@Autowired
	private ReactiveElasticsearchClient elasticsearch;

	private String index() {
		return this.operations.getIndexCoordinatesFor(RegistrationDocument.class).getIndexName();
	}

	@BeforeEach
	void refreshSeldom() {
		Mono.defer(() -> this.elasticsearch.indices()
			.putSettings(request -> request.index(index()).settings(s -> s.refreshInterval(t -> t.time("2s")))))
			.block(Duration.ofSeconds(10));
	}

	@AfterEach
	void refreshAsUsual() {
		Mono.defer(() -> this.elasticsearch.indices()
			.putSettings(request -> request.index(index())
				.settings(IndexSettings.of(s -> s.withJson(new StringReader("{\"index.refresh_interval\":null}"))))))
			.block(Duration.ofSeconds(10));
	}

	private JsonNode mine(Logins.Session member) {
		return EventHttp.json(member.apply(this.client.get().uri("/api/me/registrations"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody());
	}

	private JsonNode attendees(Logins.Session organiser, String eventId) {
		return new EventHttp(this.client).get(organiser, "/api/events/" + eventId + "/attendees");
	}

	@Test
	void registrationsCancellationsAndCheckInsAreSeenInTheNextRequest() {
		EventHttp http = new EventHttp(this.client);
		Logins.Session organiser = Logins.login(this.client, Logins.person("org-" + UUID.randomUUID(), "ORGANISER"));
		String eventId = http.createPublished(organiser, EventTestData.json("Zichtbaarheid", 1));

		Logins.Session[] members = new Logins.Session[3];
		String[] ids = new String[3];
		for (int i = 0; i < members.length; i++) {
			members[i] = Logins.login(this.client, Logins.person("vis-" + i + "-" + UUID.randomUUID(), "MEMBER"));
			ids[i] = EventHttp.idOf(http.register(members[i], eventId, "{\"answers\":{\"role\":\"Ouder\"}}")
				.expectStatus()
				.isCreated()
				.expectBody()
				.returnResult()
				.getResponseBody());
			JsonNode mine = mine(members[i]);
			assertThat(mine.size()).as("registrations member %d sees right after registering", i).isEqualTo(1);
			assertThat(mine.get(0).get("id").asString()).isEqualTo(ids[i]);
			assertThat(mine.get(0).get("status").asString()).isEqualTo((i == 0) ? "CONFIRMED" : "WAITLISTED");
			assertThat(attendees(organiser, eventId).get("attendees").size()).as("attendees after %d", i)
				.isEqualTo(i + 1);
		}

		members[0].apply(this.client.delete().uri("/api/me/registrations/" + ids[0]))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(mine(members[0]).get(0).get("status").asString()).isEqualTo("CANCELLED");
		assertThat(mine(members[1]).get(0).get("status").asString()).isEqualTo("CONFIRMED");
		JsonNode afterCancel = attendees(organiser, eventId);
		assertThat(afterCancel.get("attendees").findValuesAsString("status")).containsExactly("CANCELLED", "CONFIRMED",
				"WAITLISTED");

		organiser.apply(this.client.put().uri("/api/events/" + eventId + "/attendees/" + ids[1] + "/presence"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"present\":true}")
			.exchange()
			.expectStatus()
			.isOk();
		JsonNode afterCheckIn = attendees(organiser, eventId);
		assertThat(afterCheckIn.get("counts").get("present").asInt()).isEqualTo(1);
		assertThat(afterCheckIn.get("attendees").get(1).get("present").asBoolean()).isTrue();
	}

}
