package nl.ouderbetrokkenheid.portal.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.MailTestServer;
import nl.ouderbetrokkenheid.portal.support.Markers;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.support.Responses;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registration rules of issue 5 one by one: the window, bad input, the same person twice, colleagues, who sees
 * attendee data, the attendee tools, and that cancelling an event tells everyone registered.
 */
@PortalIntegrationTest
class RegistrationRulesIntegrationTests {

	private static final String ANSWER = "{\"answers\":{\"role\":\"Ouder\"}}";

	@Autowired
	private WebTestClient client;

	@Autowired
	private ReactiveElasticsearchOperations operations;

	/** Lists (one's registrations, the attendees) are searches, which see a write after the next refresh. */
	private void refresh() {
		this.operations.indexOps(RegistrationDocument.class).refresh().block(Duration.ofSeconds(10));
	}

	private Logins.Session login(String prefix, String role) {
		return Logins.login(this.client, Logins.person(prefix + "-" + UUID.randomUUID(), role));
	}

	@Test
	void registrationOutsideItsWindowIsAClearProblem() {
		EventHttp http = new EventHttp(this.client);
		Logins.Session organiser = login("org", "ORGANISER");
		Logins.Session member = login("m", "MEMBER");
		LocalDateTime now = LocalDateTime.now(EventCalendar.AMSTERDAM).withNano(0);
		String notYet = http.createPublished(organiser, EventTestData.json("Nog niet open", 10, EventTestData.startIn(10),
				"\"registrationOpensAt\":\"%s\",".formatted(now.plusDays(2))));
		http.register(member, notYet, ANSWER)
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/registration-not-open");
		String closed = http.createPublished(organiser, EventTestData.json("Al dicht", 10, EventTestData.startIn(10),
				"\"registrationOpensAt\":\"%s\",\"registrationClosesAt\":\"%s\",".formatted(now.minusDays(3),
						now.minusDays(1))));
		http.register(member, closed, ANSWER)
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/registration-closed");
		assertThat(http.get(null, "/api/events/" + closed).get("registrationOpen").asBoolean()).isFalse();
	}

	@Test
	void badRegistrationsAreRefusedNamingTheField() {
		EventHttp http = new EventHttp(this.client);
		String id = http.createPublished(login("org", "ORGANISER"), EventTestData.json("Vragen", 10));
		Logins.Session member = login("m", "MEMBER");
		http.register(member, id, "{\"answers\":{}}")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("answers.role");
		http.register(member, id, "{\"answers\":{\"role\":\"Directeur\"}}")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("answers.role");
		http.register(member, id, "{\"answers\":{\"role\":\"Ouder\",\"shoe\":\"42\"}}")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("answers.shoe");
		http.register(member, id, "{\"colleagues\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\"],\"answers\":{\"role\":\"Ouder\"}}")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("colleagues");
		// None of that registered anyone.
		assertThat(http.get(null, "/api/events/" + id).get("seatsLeft").asInt()).isEqualTo(10);
	}

	@Test
	void thePersonRegisteringTwiceAtOnceGetsOneSeatAndA409() {
		EventHttp http = new EventHttp(this.client);
		String id = http.createPublished(login("org", "ORGANISER"), EventTestData.json("Dubbel", 10));
		Logins.Session member = login("m", "MEMBER");
		List<Integer> statuses = Flux.range(0, 4)
			.flatMap(i -> Flux.defer(() -> Flux.just(http.register(member, id, ANSWER)
				.returnResult(String.class)
				.getStatus()
				.value())).subscribeOn(Schedulers.boundedElastic()), 4)
			.collectList()
			.block(Duration.ofSeconds(60));
		assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
		assertThat(http.get(null, "/api/events/" + id).get("seatsLeft").asInt()).isEqualTo(9);
	}

	@Test
	void attendeeDataIsForTheOrganiserEditorsAndTheRegistrantOnly() {
		EventHttp http = new EventHttp(this.client);
		Logins.Session organiser = login("org", "ORGANISER");
		String id = http.createPublished(organiser, EventTestData.json("Privacy", 10));
		Logins.Session member = login("m", "MEMBER");
		String registration = EventHttp.idOf(http.register(member, id, "{\"answers\":{\"role\":\"Ouder\"}}")
			.expectStatus()
			.isCreated()
			.expectBody()
			.returnResult()
			.getResponseBody());
		String name = member.person().name();

		// The registrant sees their own registration with their answers.
		refresh();
		JsonNode mine = http.get(member, "/api/me/registrations");
		assertThat(mine.findValuesAsString("id")).contains(registration);
		// Nobody else gets at it: not other members, not anonymous visitors, not another organiser.
		Logins.Session other = login("other", "MEMBER");
		for (String path : List.of("/api/events/" + id + "/attendees", "/api/events/" + id + "/attendees.csv")) {
			other.apply(this.client.get().uri(path)).exchange().expectStatus().isForbidden();
			this.client.get().uri(path).exchange().expectStatus().isUnauthorized();
			login("org2", "ORGANISER").apply(this.client.get().uri(path)).exchange().expectStatus().isForbidden();
		}
		other.apply(this.client.delete().uri("/api/me/registrations/" + registration))
			.exchange()
			.expectStatus()
			.isNotFound();
		assertThat(new String(this.client.get().uri("/api/events/" + id).exchange().expectBody().returnResult()
			.getResponseBody(), StandardCharsets.UTF_8)).doesNotContain(name);
		// The organiser and any editor do.
		assertThat(http.get(organiser, "/api/events/" + id + "/attendees").findValuesAsString("name")).contains(name);
		assertThat(http.get(login("ed", "EDITOR"), "/api/events/" + id + "/attendees").findValuesAsString("name"))
			.contains(name);
	}

	@Test
	void attendeeToolsExportForDutchExcelCheckInAndCount() {
		EventHttp http = new EventHttp(this.client);
		Logins.Session organiser = login("org", "ORGANISER");
		String id = http.createPublished(organiser, EventTestData.json("Gereedschap", 1)
			.replace("\"required\":true}]", "\"required\":true},{\"id\":\"note\",\"label\":\"Opmerking\",\"type\":\"TEXT\",\"required\":false}]"));
		Logins.Session first = login("first", "MEMBER");
		Logins.Session second = login("second", "MEMBER");
		String confirmed = EventHttp.idOf(http.register(first, id, "{\"colleagues\":[],\"answers\":{\"role\":\"Ouder\",\"note\":\"=SOM(A1;A2) \\\"quote\\\"\"}}")
			.expectStatus()
			.isCreated()
			.expectBody()
			.returnResult()
			.getResponseBody());
		String waiting = EventHttp.idOf(http.register(second, id, ANSWER)
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("WAITLISTED")
			.returnResult()
			.getResponseBody());

		refresh();
		byte[] csv = organiser.apply(this.client.get().uri("/api/events/" + id + "/attendees.csv"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches("Content-Disposition", "attachment; filename=\"deelnemers-.*\\.csv\"")
			.expectBody()
			.returnResult()
			.getResponseBody();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		List<String> rows = List.of(text.split("\r\n"));
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).isEqualTo("Naam;E-mail;Collega's;Plaatsen;Status;Wachtlijstpositie;Aanwezig;Je rol?;Opmerking");
		// A formula is defused, a cell with a semicolon or quote is quoted: Excel shows the text, runs nothing.
		assertThat(rows).anySatisfy(row -> assertThat(row)
			.endsWith(";1;bevestigd;;nee;Ouder;\"'=SOM(A1;A2) \"\"quote\"\"\""));
		assertThat(rows).anySatisfy(row -> assertThat(row).endsWith(";1;wachtlijst;1;nee;Ouder;"));

		// Only confirmed participants can be checked in; the counts follow.
		organiser.apply(this.client.put().uri("/api/events/" + id + "/attendees/" + waiting + "/presence"))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue("{\"present\":true}")
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		organiser.apply(this.client.put().uri("/api/events/" + id + "/attendees/" + confirmed + "/presence"))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue("{\"present\":true}")
			.exchange()
			.expectStatus()
			.isOk();
		refresh();
		JsonNode counts = http.get(organiser, "/api/events/" + id + "/attendees").get("counts");
		assertThat(counts.get("confirmed").asInt()).isEqualTo(1);
		assertThat(counts.get("waitlisted").asInt()).isEqualTo(1);
		assertThat(counts.get("cancelled").asInt()).isZero();
		assertThat(counts.get("present").asInt()).isEqualTo(1);
	}

	@Test
	void cancellingTheEventTellsEveryoneRegisteredConfirmedOrWaiting() {
		EventHttp http = new EventHttp(this.client);
		Logins.Session organiser = login("org", "ORGANISER");
		String id = http.createPublished(organiser, EventTestData.json("Gaat niet door", 1));
		Logins.Session confirmed = login("conf", "MEMBER");
		Logins.Session waiting = login("wait", "MEMBER");
		http.register(confirmed, id, ANSWER).expectStatus().isCreated();
		http.register(waiting, id, ANSWER).expectStatus().isCreated();
		organiser.apply(this.client.post().uri("/api/events/" + id + "/cancel")).exchange().expectStatus().isOk();
		refresh();
		for (Logins.Session member : List.of(confirmed, waiting)) {
			assertThat(MailTestServer.await(member.person().email(),
					m -> MailTestServer.subject(m).equals("Geannuleerd: Gaat niet door"), Duration.ofSeconds(30)))
				.hasSize(1);
			assertThat(http.get(member, "/api/me/registrations").get(0).get("status").asString()).isEqualTo("CANCELLED");
		}
	}

	@Test
	void theListAndTheCalendarFeedFollowTheFilters() {
		EventHttp http = new EventHttp(this.client);
		Logins.Session organiser = login("org", "ORGANISER");
		String marker = "Filterproef" + UUID.randomUUID().toString().substring(0, 6);
		LocalDateTime start = EventTestData.startIn(20);
		String id = http.createPublished(organiser, EventTestData.json(marker, 10, start, ""));
		// The organiser's changes wait for the index refresh, so searches see the event straight away.
		assertThat(count(marker, "")).isEqualTo(1);
		assertThat(count(marker, "&kind=EXCHANGE&partnership=DIDACTIC&sector=EDUCATION&region=UTRECHT")).isEqualTo(1);
		assertThat(count(marker, "&kind=CONFERENCE")).isZero();
		assertThat(count(marker, "&sector=CHILDCARE")).isZero();
		assertThat(count(marker, "&from=" + start.toLocalDate() + "&to=" + start.toLocalDate())).isEqualTo(1);
		assertThat(count(marker, "&from=" + start.toLocalDate().plusDays(1))).isZero();
		assertThat(feed("?kind=EXCHANGE&region=UTRECHT")).contains("UID:" + id + "@");
		assertThat(feed("?kind=CONFERENCE")).doesNotContain(id).contains("BEGIN:VCALENDAR");
		assertThat(feed("?region=LIMBURG")).doesNotContain(id);
	}

	@Test
	void theListReadsDutchAsTheCatalogueDoes() {
		EventHttp http = new EventHttp(this.client);
		Logins.Session organiser = login("org", "ORGANISER");
		String marker = Markers.word("Zoekproef");
		http.createPublished(organiser, EventTestData.json(marker + " over huisbezoeken bij peuters", 10,
				EventTestData.startIn(20), ""));
		assertThat(count("huis+bezoek+" + marker, "")).as("a compound written apart").isEqualTo(1);
		assertThat(count("bezoeken+" + marker, "")).as("a part of a compound").isEqualTo(1);
		assertThat(count("hoe+organiseer+je+een+huisbezoek+bij+een+peuter+" + marker, "")).as("a question").isEqualTo(1);
		assertThat(count("huisbezeoken+" + marker, "")).as("a typo").isEqualTo(1);
		assertThat(count("schoolreis+" + marker, "")).isZero();
	}

	private int count(String q, String filters) {
		return new EventHttp(this.client).get(null, "/api/events?q=" + q + filters).get("total").asInt();
	}

	private String feed(String query) {
		return Responses.okText(this.client.get().uri("/api/events/calendar.ics" + query));
	}

}
