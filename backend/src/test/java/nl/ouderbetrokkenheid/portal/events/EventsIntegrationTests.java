package nl.ouderbetrokkenheid.portal.events;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.MailTestServer;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.support.Responses;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.invalid;
import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events feature over HTTP: an organiser's event with capacity 2, three members, a waitlist, a promotion with its
 * mail, the attendee tools, and who may see what.
 */
@PortalIntegrationTest
class EventsIntegrationTests {

	@Autowired
	private WebTestClient client;

	private String create(Logins.Session organiser, String title, int capacity) {
		return new EventHttp(this.client).create(organiser, EventTestData.json(title, capacity));
	}

	private static String idOf(byte[] json) {
		return EventHttp.idOf(json);
	}

	private WebTestClient.ResponseSpec register(Logins.Session member, String eventId) {
		return new EventHttp(this.client).register(member, eventId, "{\"answers\":{\"role\":\"Ouder\"}}");
	}

	@Test
	void fullEventWaitlistsTheThirdAndPromotesThemWhenTheFirstCancels() throws Exception {
		Logins.Session organiser = Logins.login(this.client, Logins.person("org-" + UUID.randomUUID(), "ORGANISER"));
		String eventId = create(organiser, "Ouderavond Utrecht", 2);

		register(Logins.login(this.client, Logins.person("early-" + UUID.randomUUID(), "MEMBER")), eventId)
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/event-not-published");
		organiser.apply(this.client.post().uri("/api/events/" + eventId + "/publish")).exchange().expectStatus().isOk();

		String firstSubject = "first-" + UUID.randomUUID();
		Logins.Session first = Logins.login(this.client, Logins.person(firstSubject, "MEMBER"));
		Logins.Session second = Logins.login(this.client, Logins.person("second-" + UUID.randomUUID(), "MEMBER"));
		String thirdSubject = "third-" + UUID.randomUUID();
		Logins.Session third = Logins.login(this.client, Logins.person(thirdSubject, "MEMBER"));

		String firstRegistration = idOf(register(first, eventId).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CONFIRMED")
			.returnResult()
			.getResponseBody());
		register(first, eventId).expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/already-registered");
		register(second, eventId).expectStatus().isCreated().expectBody().jsonPath("$.status").isEqualTo("CONFIRMED");
		register(third, eventId).expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("WAITLISTED")
			.jsonPath("$.waitlistPosition")
			.isEqualTo(1);
		this.client.get()
			.uri("/api/events/" + eventId)
			.exchange()
			.expectBody()
			.jsonPath("$.seatsLeft")
			.isEqualTo(0)
			.jsonPath("$.waitlisted")
			.isEqualTo(1);

		// Lowering the capacity below the two confirmed seats is refused, not silently applied.
		String etag = new EventHttp(this.client).etag(organiser, eventId);
		organiser.apply(this.client.put().uri("/api/events/" + eventId))
			.header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(EventTestData.json("Ouderavond Utrecht", 1))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/capacity-below-confirmed");

		assertThat(MailTestServer.await(thirdSubject + "@example.test",
				m -> MailTestServer.subject(m).startsWith("Op de wachtlijst"), Duration.ofSeconds(20))).hasSize(1);
		var confirmation = MailTestServer.await(firstSubject + "@example.test",
				m -> MailTestServer.subject(m).startsWith("Aanmelding bevestigd"), Duration.ofSeconds(20));
		assertThat(confirmation).hasSize(1);
		MimeMultipart parts = (MimeMultipart) confirmation.getFirst().getContent();
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/calendar");

		assertCancelled(first.apply(this.client.delete().uri("/api/me/registrations/" + firstRegistration)));
		third.apply(this.client.get().uri("/api/me/registrations"))
			.exchange()
			.expectBody()
			.jsonPath("$[0].status")
			.isEqualTo("CONFIRMED")
			.jsonPath("$[0].waitlistPosition")
			.isEqualTo(0);
		assertThat(MailTestServer.await(thirdSubject + "@example.test",
				m -> MailTestServer.subject(m).startsWith("Er is een plek vrij"), Duration.ofSeconds(20))).hasSize(1);

		// Attendee data: the organiser sees it, other organisers and members do not.
		organiser.apply(this.client.get().uri("/api/events/" + eventId + "/attendees"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.counts.confirmed")
			.isEqualTo(2)
			.jsonPath("$.counts.cancelled")
			.isEqualTo(1)
			.jsonPath("$.counts.waitlisted")
			.isEqualTo(0);
		Logins.Session otherOrganiser = Logins.login(this.client,
				Logins.person("org2-" + UUID.randomUUID(), "ORGANISER"));
		otherOrganiser.apply(this.client.get().uri("/api/events/" + eventId + "/attendees"))
			.exchange()
			.expectStatus()
			.isForbidden();
		Logins.Session editor = Logins.login(this.client, Logins.person("ed-" + UUID.randomUUID(), "EDITOR"));
		editor.apply(this.client.get().uri("/api/events/" + eventId + "/attendees")).exchange().expectStatus().isOk();

		byte[] csv = Responses.ok(organiser.apply(this.client.get().uri("/api/events/" + eventId + "/attendees.csv")));
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).contains("Naam;E-mail;Collega's;Plaatsen;Status;Wachtlijstpositie;Aanwezig;Je rol?\r\n")
			.contains(";bevestigd;")
			.contains(";Ouder");

		// Check-in of the promoted member.
		String thirdRegistration = RegistrationService.registrationId(eventId, thirdSubject);
		organiser.apply(this.client.put().uri("/api/events/" + eventId + "/attendees/" + thirdRegistration + "/presence"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"present\":true}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.present")
			.isEqualTo(true);

		// Cancelling the event tells every registrant.
		assertCancelled(organiser.apply(this.client.post().uri("/api/events/" + eventId + "/cancel")));
		assertThat(MailTestServer.await(thirdSubject + "@example.test",
				m -> MailTestServer.subject(m).startsWith("Geannuleerd"), Duration.ofSeconds(20))).hasSize(1);
		register(Logins.login(this.client, Logins.person("late-" + UUID.randomUUID(), "MEMBER")), eventId)
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/event-cancelled");
	}

	@Test
	void pagesBeyondTheSearchWindowAndNonsenseNumbersAreBadRequestsNamingTheParameter() {
		// page * size beyond the 10,000 results one search may return; negative, zero, huge and non-numeric values.
		List<List<String>> cases = List.of(List.of("page=200&size=100", "page"), List.of("page=100&size=100", "page"),
				List.of("page=-1", "page"), List.of("size=0", "size"), List.of("size=-5", "size"),
				List.of("size=101", "size"), List.of("page=501", "page"), List.of("page=99999999999", "page"),
				List.of("size=2147483648", "size"), List.of("page=abc", "page"));
		for (List<String> c : cases) {
			this.client.get()
				.uri("/api/events?" + c.get(0))
				.exchange()
				.expectAll(problem(HttpStatus.BAD_REQUEST))
				.expectBody()
				.jsonPath("$.detail")
				.value(detail -> assertThat(detail.toString()).as(c.get(0)).contains(c.get(1)));
		}
		// The last page inside the window is fine.
		this.client.get().uri("/api/events?page=99&size=100").exchange().expectStatus().isOk();
	}

	@Test
	void invalidEventsAreRefusedNamingTheFields() {
		Logins.Session organiser = Logins.login(this.client, Logins.person("org-" + UUID.randomUUID(), "ORGANISER"));
		postEvent(organiser, EventTestData.json("", 2).replace("\"province\":\"UTRECHT\"", "\"province\":\"ATLANTIS\""))
			.expectAll(invalid("title"));
		postEvent(organiser, EventTestData.json("Nergens", 2).replace("\"province\":\"UTRECHT\"", "\"province\":\"ATLANTIS\""))
			.expectAll(invalid("province"));
	}

	@Test
	void oneAnswerNamesEveryFaultAndThoseWhoMayNotOrganiseHearThatFirst() {
		String invalid = EventTestData.json("", 2).replace("\"province\":\"UTRECHT\"", "\"province\":\"ATLANTIS\"");
		Logins.Session organiser = Logins.login(this.client, Logins.person("org-" + UUID.randomUUID(), "ORGANISER"));
		postEvent(organiser, invalid)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'title')].code")
			.isEqualTo(List.of("required"))
			.jsonPath("$.errors[?(@.field == 'province')].message")
			.isEqualTo(List.of("unknown code 'ATLANTIS'"));

		Logins.Session member = Logins.login(this.client, Logins.person("member-" + UUID.randomUUID(), "MEMBER"));
		member.apply(this.client.post().uri("/api/events"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(invalid)
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void publishedEventsAreFoundByFilterAndTextAndServedAsICalendar() throws Exception {
		Logins.Session organiser = Logins.login(this.client, Logins.person("org-" + UUID.randomUUID(), "ORGANISER"));
		String marker = "Zeldzaamwoord" + UUID.randomUUID().toString().substring(0, 6);
		String eventId = create(organiser, "Kinderen en " + marker, 30);
		organiser.apply(this.client.post().uri("/api/events/" + eventId + "/publish")).exchange().expectStatus().isOk();
		this.client.get().uri("/api/events/" + eventId).exchange().expectStatus().isOk();

		// Searches see a new event after the index's refresh (about a second): wait for it, bounded.
		java.time.Instant deadline = java.time.Instant.now().plusSeconds(15);
		while (java.time.Instant.now().isBefore(deadline) && !new String(this.client.get()
			.uri(uri -> uri.path("/api/events").queryParam("q", marker).build())
			.exchange()
			.expectBody()
			.returnResult()
			.getResponseBody(), StandardCharsets.UTF_8).contains(eventId)) {
			Thread.onSpinWait();
		}
		this.client.get()
			.uri(uri -> uri.path("/api/events").queryParam("q", marker).queryParam("region", "UTRECHT").build())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.events[0].id")
			.isEqualTo(eventId)
			.jsonPath("$.events[0].seatsLeft")
			.isEqualTo(30);
		this.client.get()
			.uri(uri -> uri.path("/api/events").queryParam("q", marker).queryParam("region", "LIMBURG").build())
			.exchange()
			.expectBody()
			.jsonPath("$.total")
			.isEqualTo(0);
		// An empty region is no region.
		this.client.get()
			.uri(uri -> uri.path("/api/events").queryParam("q", marker).queryParam("region", "").build())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.events[0].id")
			.isEqualTo(eventId);

		String ics = this.client.get()
			.uri("/api/events/" + eventId + ".ics")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith("text/calendar")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		VEvent event = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents("VEVENT").getFirst();
		assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
			.isEqualTo("Europe/Amsterdam");
		String feed = Responses.okText(this.client.get().uri("/api/events/calendar.ics?region=UTRECHT"));
		assertThat(feed).contains(eventId + "@");
	}

	@Test
	void anUnknownRegionIsRefusedNamingTheField() {
		for (String path : List.of("/api/events/calendar.ics", "/api/events")) {
			this.client.get()
				.uri(uri -> uri.path(path).queryParam("region", "ATLANTIS\r\nX-INJECTED:ja").build())
				.exchange()
				.expectAll(problem(HttpStatus.BAD_REQUEST))
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("region");
		}
	}

	/** The request succeeds and answers what it cancelled, now CANCELLED. */
	private static void assertCancelled(WebTestClient.RequestHeadersSpec<?> request) {
		request.exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("CANCELLED");
	}

	private WebTestClient.ResponseSpec postEvent(Logins.Session organiser, String json) {
		return organiser.apply(this.client.post().uri("/api/events"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(json)
			.exchange();
	}

}
