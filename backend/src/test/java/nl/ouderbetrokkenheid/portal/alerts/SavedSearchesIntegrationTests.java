package nl.ouderbetrokkenheid.portal.alerts;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import jakarta.mail.internet.MimeMessage;
import nl.ouderbetrokkenheid.portal.support.Items;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.MailTestServer;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.support.Responses;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.invalid;
import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved searches end to end against the real node: a member saves a search, an editor publishes items and an
 * organiser an event, the percolator finds which match, the digest mail lists them with a one-click unsubscribe that
 * works without a login; and a member's saved searches are theirs alone.
 */
@PortalIntegrationTest
class SavedSearchesIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private WebTestClient client;

	@Autowired
	private Percolation percolation;

	@Autowired
	private Digests digests;

	@Autowired
	private MatchRepository matches;

	@Autowired
	private Clock clock;

	@Test
	void newPublicationsMatchingASavedSearchArriveInTheDigestWithAOneClickUnsubscribe() {
		String word = uniqueWord();
		Logins.Session member = Logins.login(this.client, Logins.person("saver-" + UUID.randomUUID(), "MEMBER"));
		JsonNode saved = save(member, """
				{"q": "%s", "partnership": ["DIDACTIC"], "sector": ["EDUCATION"], "region": ["UTRECHT"],
				 "frequency": "DAILY"}""".formatted(word)).expectStatus().isCreated().expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody();
		assertThat(saved.get("label").asString()).contains(word).contains("Utrecht");

		Logins.Session editor = Logins.login(this.client, Logins.person("publisher-" + UUID.randomUUID(), "EDITOR"));
		publishItem(editor, Items.with(Items.item("Ouderavond over " + word), "partnerships", List.of("DIDACTIC")));
		publishItem(editor, Items.with(Items.item("Ouderavond over " + word + " elders"), "partnerships",
				List.of("DIDACTIC"), "region", "GELDERLAND"));
		publishItem(editor, Items.with(Items.item("Iets anders"), "partnerships", List.of("DIDACTIC")));
		Logins.Session organiser = Logins.login(this.client,
				Logins.person("organiser-" + UUID.randomUUID(), "ORGANISER"));
		publishEvent(organiser, "Bijeenkomst over " + word);

		String owner = member.person().subject();
		List<MatchDocument> found = awaitMatches(owner, 2);
		assertThat(found).extracting(MatchDocument::getTitle)
			.containsExactlyInAnyOrder("Ouderavond over " + word, "Bijeenkomst over " + word);
		assertThat(found).extracting(MatchDocument::getKind)
			.containsExactlyInAnyOrder(NewPublications.Kind.ITEM, NewPublications.Kind.EVENT);

		// The first daily digest goes out the next morning.
		Instant tomorrow = this.clock.instant().plus(Duration.ofDays(1)).plus(Duration.ofHours(1));
		assertThat(this.digests.send(tomorrow).block(Duration.ofSeconds(60))).isGreaterThanOrEqualTo(1L);
		String email = member.person().email();
		List<MimeMessage> mails = MailTestServer.await(email, subject("dagelijks overzicht"), Duration.ofSeconds(30));
		assertThat(mails).hasSize(1);
		String text = text(mails.getFirst());
		assertThat(text).contains("Ouderavond over " + word + "\n").contains("/items/").contains("Bijeenkomst over " + word)
			.doesNotContain("elders").doesNotContain("Iets anders").contains("/afmelden?token=");
		String oneClick = header(mails.getFirst(), "List-Unsubscribe");
		assertThat(header(mails.getFirst(), "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");

		// Sent once: the next round finds nothing new for this member.
		this.digests.send(tomorrow.plus(Duration.ofDays(1))).block(Duration.ofSeconds(60));
		assertThat(found).allSatisfy(match -> assertThat(this.matches.findById(match.getId()).block().getSentAt())
			.isNotNull());
		assertThat(MailTestServer.to(email)).hasSize(1);

		// The mail program's one-click POST: no session, no CSRF token, the token in the link is the proof.
		URI link = URI.create(oneClick.substring(1, oneClick.length() - 1));
		this.client.post()
			.uri(link.getRawPath() + "?" + link.getRawQuery())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("List-Unsubscribe=One-Click")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.frequency")
			.isEqualTo("DAILY")
			.jsonPath("$.searches")
			.isEqualTo(1);
		member.apply(this.client.get().uri("/api/saved-searches"))
			.exchange()
			.expectBody()
			.jsonPath("$.searches[0].frequency")
			.isEqualTo("NONE");
	}

	@Test
	void aForgedUnsubscribeTokenIsRefusedNamingTheToken() {
		this.client.post()
			.uri("/api/saved-searches/unsubscribe?token=bWVtYmVyCkRBSUxZ.AAAA")
			.exchange()
			.expectAll(problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("token");
	}

	@Test
	void badInputIsRefusedNamingEveryField() {
		Logins.Session member = Logins.login(this.client, Logins.person("bad-" + UUID.randomUUID(), "MEMBER"));
		save(member, """
				{"q": "%s", "partnership": ["BOGUS"], "region": ["MARS"], "frequency": "HOURLY"}""".formatted("x".repeat(501)))
			.expectAll(invalid("q", "partnership", "region", "frequency"));
		save(member, "{}").expectAll(problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("frequency");
		member.apply(this.client.get().uri("/api/saved-searches"))
			.exchange()
			.expectBody()
			.jsonPath("$.searches.length()")
			.isEqualTo(0);
	}

	@Test
	void aSavedSearchIsItsOwnersAloneAndListedAtOnce() {
		Logins.Session owner = Logins.login(this.client, Logins.person("owner-" + UUID.randomUUID(), "MEMBER"));
		Logins.Session other = Logins.login(this.client, Logins.person("other-" + UUID.randomUUID(), "MEMBER"));
		String id = save(owner, """
				{"sector": ["CHILDCARE"], "frequency": "WEEKLY"}""").expectStatus().isCreated().expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.asString();
		owner.apply(this.client.get().uri("/api/saved-searches"))
			.exchange()
			.expectBody()
			.jsonPath("$.searches[0].id")
			.isEqualTo(id)
			.jsonPath("$.searches[0].frequency")
			.isEqualTo("WEEKLY");

		other.apply(this.client.put().uri("/api/saved-searches/" + id))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"frequency\": \"NONE\"}")
			.exchange()
			.expectAll(problem(HttpStatus.NOT_FOUND));
		other.apply(this.client.delete().uri("/api/saved-searches/" + id)).exchange().expectAll(problem(HttpStatus.NOT_FOUND));
		other.apply(this.client.get().uri("/api/saved-searches"))
			.exchange()
			.expectBody()
			.jsonPath("$.searches.length()")
			.isEqualTo(0);

		owner.apply(this.client.put().uri("/api/saved-searches/" + id))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"frequency\": \"DAILY\"}")
			.exchange()
			.expectStatus()
			.isOk();
		owner.apply(this.client.get().uri("/api/me/data"))
			.exchange()
			.expectBody()
			.jsonPath("$.savedSearches[0].frequency")
			.isEqualTo("DAILY");
		owner.apply(this.client.delete().uri("/api/saved-searches/" + id)).exchange().expectStatus().isNoContent();
		owner.apply(this.client.get().uri("/api/saved-searches"))
			.exchange()
			.expectBody()
			.jsonPath("$.searches.length()")
			.isEqualTo(0);
	}

	@Test
	void anAdministratorsRoundOnDemandSendsTheDigestNowAndOnce() {
		String word = uniqueWord();
		Logins.Session member = Logins.login(this.client, Logins.person("early-" + UUID.randomUUID(), "MEMBER"));
		save(member, """
				{"q": "%s", "frequency": "WEEKLY"}""".formatted(word)).expectStatus().isCreated();
		Logins.Session editor = Logins.login(this.client, Logins.person("publisher-" + UUID.randomUUID(), "EDITOR"));
		publishItem(editor, Items.item("Voorleesochtend " + word));
		Logins.Session admin = Logins.login(this.client, Logins.person("operator-" + UUID.randomUUID(), "ADMIN"));

		JsonNode round = runNow(admin);
		assertThat(round.get("mails").asLong()).isGreaterThanOrEqualTo(1);
		List<MimeMessage> mails = MailTestServer.await(member.person().email(), subject("wekelijks overzicht"),
				Duration.ofSeconds(30));
		assertThat(mails).hasSize(1);
		assertThat(text(mails.getFirst())).contains("Voorleesochtend " + word);

		// Nothing new since: the next round sends this member nothing.
		this.digests.send(this.clock.instant(), true).block(Duration.ofSeconds(60));
		assertThat(MailTestServer.to(member.person().email())).hasSize(1);
		member.apply(this.client.post().uri("/api/admin/digests/run")).exchange().expectStatus().isForbidden();
	}

	/**
	 * One round on demand at a time: another test's round holds the lease for up to 30 seconds (409 meanwhile), so
	 * wait for it with a deadline.
	 */
	private JsonNode runNow(Logins.Session admin) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (true) {
			var result = admin.apply(this.client.post().uri("/api/admin/digests/run")).exchange().expectBody(JsonNode.class).returnResult();
			if (result.getStatus().value() == 200) {
				return result.getResponseBody();
			}
			assertThat(result.getStatus().value()).isEqualTo(409);
			assertThat(Instant.now()).isBefore(deadline);
			Thread.onSpinWait();
		}
	}

	private WebTestClient.ResponseSpec save(Logins.Session member, String body) {
		return member.apply(this.client.post().uri("/api/saved-searches"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private void publishItem(Logins.Session editor, Map<String, Object> item) {
		Items.create(this.client, editor, item);
	}

	private void publishEvent(Logins.Session organiser, String title) {
		String start = java.time.LocalDateTime.now(Frequency.AMSTERDAM).plusDays(10).withHour(19).withMinute(30)
			.withSecond(0).withNano(0).toString();
		String end = java.time.LocalDateTime.parse(start).plusHours(2).toString();
		String id = Responses.createdId(organiser.apply(this.client.post().uri("/api/events")), """
					{"title":"%s","description":"Een avond","kind":"EXCHANGE","scope":"REGIONAL","province":"UTRECHT",
					 "venue":{"name":"De Regenboog","address":"Schoolstraat 1","city":"Utrecht"},
					 "startsAt":"%s","endsAt":"%s","capacity":20,
					 "partnerships":["DIDACTIC"],"aspects":["COMMUNICATION"],"sectors":["EDUCATION"],"questions":[]}
					""".formatted(title, start, end));
		organiser.apply(this.client.post().uri("/api/events/" + id + "/publish")).exchange().expectStatus().isOk();
	}

	/** Runs the matching until the owner's matches are stored (the queue is searched, so it shows within a refresh). */
	private List<MatchDocument> awaitMatches(String owner, int expected) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			this.percolation.drain().block(Duration.ofSeconds(60));
			List<MatchDocument> found = this.matches.findByOwner(owner, Pageable.unpaged()).collectList().block();
			if (found.size() >= expected || Instant.now().isAfter(deadline)) {
				return found;
			}
		}
	}

	/** A word nobody else's test writes, of letters only, so the Dutch analysis keeps it one word. */
	private static String uniqueWord() {
		StringBuilder word = new StringBuilder("kwispel");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

	private static Predicate<MimeMessage> subject(String part) {
		return message -> MailTestServer.subject(message).contains(part);
	}

	private static String text(MimeMessage message) {
		try {
			Object content = message.getContent();
			if (content instanceof String text) {
				return text.replace("\r\n", "\n");
			}
			jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) content;
			return multipart.getBodyPart(0).getContent().toString().replace("\r\n", "\n");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String header(MimeMessage message, String name) {
		try {
			String[] values = message.getHeader(name);
			assertThat(values).as(name).isNotNull();
			return jakarta.mail.internet.MimeUtility.unfold(values[0]);
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
