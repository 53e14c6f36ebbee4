package nl.ouderbetrokkenheid.portal.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.support.Responses;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event with more registrations than one Elasticsearch search window (10,000): the attendee list and the CSV
 * export hold every one of them. The registrations and their ledger are written directly, in bulk, as a run of
 * registrations would have left them.
 */
@PortalIntegrationTest
class LargeAttendeeListIntegrationTests {

	private static final int REGISTRATIONS = 10_050;

	private static final int WAITLISTED = 50;

	@Autowired
	private WebTestClient client;

	@Autowired
	private ReactiveElasticsearchOperations operations;

	@Autowired
	private ReactiveElasticsearchClient elasticsearch;

	@Test
	void attendeeListAndCsvHoldEveryRegistrationBeyondTenThousand() {
		EventHttp http = new EventHttp(this.client);
		Logins.Session organiser = Logins.login(this.client, Logins.person("org-" + UUID.randomUUID(), "ORGANISER"));
		int capacity = REGISTRATIONS - WAITLISTED;
		String eventId = http.createPublished(organiser, EventTestData.json("Groot congres", capacity));
		String prefix = UUID.randomUUID().toString().substring(0, 8);

		LedgerDocument ledger = this.operations.get(eventId, LedgerDocument.class).block(Duration.ofSeconds(10));
		List<RegistrationDocument> documents = new ArrayList<>();
		for (int i = 1; i <= REGISTRATIONS; i++) {
			RegistrationDocument registration = registration(eventId, prefix + "-" + i, i,
					(i <= capacity) ? RegistrationDocument.Status.CONFIRMED : RegistrationDocument.Status.WAITLISTED);
			documents.add(registration);
			LedgerDocument.Entry entry = new LedgerDocument.Entry();
			entry.setRegistrationId(registration.getId());
			entry.setAttempt(1);
			entry.setSeats(1);
			entry.setArrival(i);
			entry.setStatus(registration.getStatus());
			entry.setRev(i);
			ledger.getEntries().add(entry);
		}
		ledger.setConfirmedSeats(capacity);
		ledger.setNextArrival(REGISTRATIONS + 1);
		ledger.setNextRev(REGISTRATIONS + 1);
		bulkIndex(documents);
		this.operations.save(ledger).block(Duration.ofSeconds(30));

		WebTestClient big = this.client.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
			.responseTimeout(Duration.ofSeconds(60))
			.build();
		JsonNode list = EventHttp.json(organiser.apply(big.get().uri("/api/events/" + eventId + "/attendees"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody());
		JsonNode attendees = list.get("attendees");
		assertThat(attendees.size()).isEqualTo(REGISTRATIONS);
		assertThat(attendees.get(0).get("name").asString()).isEqualTo("Deelnemer " + prefix + "-1");
		JsonNode last = attendees.get(REGISTRATIONS - 1);
		assertThat(last.get("name").asString()).isEqualTo("Deelnemer " + prefix + "-" + REGISTRATIONS);
		assertThat(last.get("waitlistPosition").asInt()).isEqualTo(WAITLISTED);
		assertThat(list.get("counts").get("confirmed").asLong()).isEqualTo(capacity);
		assertThat(list.get("counts").get("waitlisted").asLong()).isEqualTo(WAITLISTED);

		byte[] csv = Responses.ok(organiser.apply(big.get().uri("/api/events/" + eventId + "/attendees.csv")));
		String[] rows = new String(csv, StandardCharsets.UTF_8).split("\r\n");
		assertThat(rows).hasSize(1 + REGISTRATIONS);
		assertThat(rows[REGISTRATIONS]).startsWith("Deelnemer " + prefix + "-" + REGISTRATIONS + ";")
			.contains(";wachtlijst;" + WAITLISTED + ";");
	}

	private static RegistrationDocument registration(String eventId, String who, long arrival,
			RegistrationDocument.Status status) {
		RegistrationDocument registration = new RegistrationDocument();
		registration.setId(RegistrationService.registrationId(eventId, who));
		registration.setEventId(eventId);
		registration.setSubject(who);
		registration.setName("Deelnemer " + who);
		registration.setEmail(who + "@example.test");
		registration.setSeats(1);
		registration.setAnswers(Map.of("role", "Ouder"));
		registration.setStatus(status);
		registration.setArrival(arrival);
		registration.setAttempt(1);
		registration.setRev(arrival);
		registration.setCreatedAt(Instant.now());
		registration.setUpdatedAt(Instant.now());
		return registration;
	}

	/** Bulk requests of 2,000, then one refresh, so searches would see them all too. */
	private void bulkIndex(List<RegistrationDocument> documents) {
		String index = this.operations.getIndexCoordinatesFor(RegistrationDocument.class).getIndexName();
		Flux.fromIterable(documents)
			.buffer(2_000)
			.concatMap(chunk -> Mono.defer(() -> this.elasticsearch.bulk(bulk -> {
				for (RegistrationDocument document : chunk) {
					Object source = this.operations.getElasticsearchConverter().mapObject(document);
					bulk.operations(op -> op.index(write -> write.index(index).id(document.getId()).document(source)));
				}
				return bulk;
			})))
			.doOnNext(response -> assertThat(response.errors()).isFalse())
			.blockLast(Duration.ofSeconds(60));
		this.operations.indexOps(RegistrationDocument.class).refresh().block(Duration.ofSeconds(30));
	}

}
