package nl.ouderbetrokkenheid.portal.isop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.mail.internet.MimeMultipart;
import nl.ouderbetrokkenheid.portal.pdf.PrintDocument;
import nl.ouderbetrokkenheid.portal.support.Articles;
import nl.ouderbetrokkenheid.portal.support.Items;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.MailTestServer;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.support.ProblemResponses;
import nl.ouderbetrokkenheid.portal.support.Responses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ISOP track end to end over HTTP: a school applies and uploads evidence, an editor assigns an assessor, who plans
 * a visit (a mail with an .ics reaches the school), records findings and awards the label; the school is in the
 * register until the clock passes the label's validity.
 */
@PortalIntegrationTest
class IsopTrackIntegrationTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private IsopRegister register;

	@Autowired
	private IsopJobs jobs;

	@Autowired
	private IsopPages pages;

	@Autowired
	private Clock clock;

	@Autowired
	private nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy taxonomy;

	private Logins.Session contact;

	private Logins.Session assessor;

	private Logins.Session editor;

	private String assessorSubject;

	private String contactSubject;

	/** A made-up word only this test's school has, to find it in the register. */
	private String word;

	@BeforeEach
	void logIn() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		this.contactSubject = "isop-contact-" + run;
		this.assessorSubject = "isop-assessor-" + run;
		this.contact = Logins.login(this.client, Logins.person(this.contactSubject, "SCHOOL_CONTACT"));
		this.assessor = Logins.login(this.client, Logins.person(this.assessorSubject, "ASSESSOR"));
		this.editor = Logins.login(this.client, Logins.person("isop-editor-" + run, "EDITOR"));
		this.word = "kwartel" + randomLetters(6);
	}

	@Test
	void aSchoolAppliesIsAssessedAndAwardedAndLeavesTheRegisterWhenTheLabelExpires() throws Exception {
		// Bad input names its fields; nothing is stored.
		send(this.contact, HttpMethod.POST, "/api/isop/dossiers",
				Map.of("name", "", "brin", "00AA", "place", "Utrecht", "province", "ATLANTIS", "sector", "EDUCATION"))
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'name')].code").isEqualTo("required")
			.jsonPath("$.errors[?(@.field == 'province')].code").isEqualTo("unknown-code");

		String id = apply("Basisschool De " + capitalised(this.word));
		JsonNode mine = Articles.get(this.client, this.contact, "/api/isop/dossiers");
		assertThat(mine.get("dossiers").findValuesAsString("id")).contains(id);

		// Evidence: a real PDF in the vision section; an empty or disguised file is refused and leaves nothing.
		upload(this.contact, id, "VISION", "visie.pdf", pdf("Onze visie op ouderbetrokkenheid"))
			.expectStatus().isCreated()
			.expectBody()
			.jsonPath("$.sections[?(@.guideline == 'VISION')].evidence[0].kind").isEqualTo("DOCUMENT");
		upload(this.contact, id, "PLAN", "plan.pdf", "<html><script>alert(1)</script></html>".getBytes())
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("file")
			.jsonPath("$.errors[0].code").isEqualTo("unsupported-type");
		upload(this.contact, id, "PLAN", "leeg.pdf", new byte[0])
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].code").isEqualTo("required");
		upload(this.contact, id, "NOSUCH", "visie.pdf", pdf("x"))
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("guideline");
		JsonNode dossier = Articles.get(this.client, this.contact, "/api/isop/dossiers/" + id);
		assertThat(section(dossier, "PLAN").get("evidence")).isEmpty();
		String download = section(dossier, "VISION").get("evidence").get(0).get("downloadUrl").asString();
		this.contact.apply(this.client.get().uri(download)).exchange().expectStatus().isOk();

		send(this.contact, HttpMethod.POST, "/api/isop/dossiers/" + id + "/sections/PLAN/evidence",
				Map.of("kind", "LINK", "title", "Ons plan"))
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("url");
		send(this.contact, HttpMethod.POST, "/api/isop/dossiers/" + id + "/sections/WELCOME/evidence",
				Map.of("kind", "TEAM_MEETING_NOTE", "title", "Teamvergadering", "text", "Ouders welkom."))
			.expectStatus().isCreated();

		// Another school contact, and an assessor not (yet) assigned, do not see the dossier.
		Logins.Session other = Logins.login(this.client, Logins.person("isop-other-" + this.word, "SCHOOL_CONTACT"));
		other.apply(this.client.get().uri("/api/isop/dossiers/" + id)).exchange().expectStatus().isNotFound();
		other.apply(this.client.get().uri(download)).exchange().expectStatus().isNotFound();
		this.assessor.apply(this.client.get().uri("/api/isop/dossiers/" + id)).exchange().expectStatus().isNotFound();

		step(this.contact, id, "submit", null).expectStatus().isOk().expectBody().jsonPath("$.state").isEqualTo("SUBMITTED");

		step(this.editor, id, "assign", Map.of("assessorSubject", "nobody-" + this.word))
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("assessorSubject");
		step(this.editor, id, "assign", Map.of("assessorSubject", this.assessorSubject)).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.state").isEqualTo("IN_REVIEW")
			.jsonPath("$.assessorName").isEqualTo("Test " + this.assessorSubject);
		JsonNode assigned = Articles.get(this.client, this.assessor, "/api/isop/dossiers");
		assertThat(assigned.get("dossiers").findValuesAsString("id")).contains(id);
		// The assessor hears of it by mail, once.
		var assignedMails = MailTestServer.await(this.assessorSubject + "@example.test",
				m -> MailTestServer.subject(m).startsWith("ISOP-dossier toegewezen"), Duration.ofSeconds(20));
		assertThat(assignedMails).hasSize(1);
		assertThat(MailTestServer.subject(assignedMails.getFirst())).endsWith(capitalised(this.word));
		assertThat(assignedMails.getFirst().getContent().toString()).contains("/mijn-isop/" + id)
			.doesNotContain("nog niet eerder ingelogd");

		// A visit: the school contact receives it with a calendar invitation.
		Instant start = this.clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.HOURS);
		send(this.assessor, HttpMethod.POST, "/api/isop/dossiers/" + id + "/visits",
				Map.of("startsAt", start.toString(), "endsAt", start.minusSeconds(60).toString(), "location", "School"))
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("endsAt");
		send(this.assessor, HttpMethod.POST, "/api/isop/dossiers/" + id + "/visits",
				Map.of("startsAt", start.toString(), "endsAt", start.plus(Duration.ofHours(2)).toString(), "location",
					"Hoofdgebouw, Dorpsstraat 1", "note", "Rondleiding en gesprek met ouders"))
			.expectStatus().isCreated();
		var mails = MailTestServer.await(this.contactSubject + "@example.test",
				m -> MailTestServer.subject(m).startsWith("Schoolbezoek ISOP gepland"), Duration.ofSeconds(20));
		assertThat(mails).hasSize(1);
		MimeMultipart parts = (MimeMultipart) mails.getFirst().getContent();
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/calendar");
		assertThat(new String(parts.getBodyPart(1).getInputStream().readAllBytes())).contains("BEGIN:VEVENT",
				"Hoofdgebouw");

		// Decisions need a reason; the label needs every guideline met.
		for (String decision : List.of("award", "ask-more", "decline")) {
			step(this.assessor, id, decision, Map.of("reason", " "))
				.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
				.expectBody()
				.jsonPath("$.errors[0].field").isEqualTo("reason");
		}
		step(this.assessor, id, "award", Map.of("reason", "Alles op orde"))
			.expectAll(ProblemResponses.problem(HttpStatus.CONFLICT))
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/isop-guidelines-not-met");
		send(this.assessor, HttpMethod.PUT, "/api/isop/dossiers/" + id + "/sections/WELCOME/finding",
				Map.of("status", "OPEN", "text", ""))
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'status')].code").isEqualTo("invalid-value")
			.jsonPath("$.errors[?(@.field == 'text')].code").isEqualTo("required");
		for (String guideline : List.of("WELCOME", "VISION", "PLAN", "INNOVATION", "SHARING", "RESEARCH")) {
			send(this.assessor, HttpMethod.PUT, "/api/isop/dossiers/" + id + "/sections/" + guideline + "/finding",
					Map.of("status", "MET", "text", "Aangetoond in het bezoek."))
				.expectStatus().isOk();
		}
		JsonNode awarded = json(step(this.assessor, id, "award", Map.of("reason", "Alle richtlijnen aangetoond"))
			.expectStatus().isOk().expectBody().returnResult());
		assertThat(awarded.get("state").asString()).isEqualTo("AWARDED");
		Instant awardedAt = Instant.parse(awarded.get("label").get("awardedAt").asString());
		Instant validUntil = Instant.parse(awarded.get("label").get("validUntil").asString());
		assertThat(validUntil).isEqualTo(Track.validUntil(awardedAt, java.time.Period.ofYears(3)));
		assertThat(awarded.get("history").findValuesAsString("action")).containsSubsequence("apply", "add-evidence",
				"submit", "assign", "plan-visit", "record-finding", "award");
		assertThat(awarded.get("history").get(awarded.get("history").size() - 1).get("actorName").asString())
			.isEqualTo("Test " + this.assessorSubject);
		assertThat(awarded.get("history").get(awarded.get("history").size() - 1).get("detail").asString())
			.isEqualTo("Alle richtlijnen aangetoond");
		String slug = awarded.get("slug").asString();

		// The school cannot withdraw an awarded dossier: it is the label's record.
		assertThat(Articles.get(this.client, this.contact, "/api/isop/dossiers/" + id).get("may").get("delete")
			.asBoolean()).isFalse();
		this.contact.apply(this.client.delete().uri("/api/isop/dossiers/" + id))
			.exchange()
			.expectAll(ProblemResponses.problem(HttpStatus.CONFLICT))
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/isop-dossier-awarded");
		this.contact.apply(this.client.get().uri("/api/isop/dossiers/" + id)).exchange().expectStatus().isOk();

		// In the register, found by its name and by its province, with its public page.
		JsonNode found = Articles.get(this.client, null, "/api/isop/schools?q=" + this.word);
		assertThat(found.get("schools").findValuesAsString("slug")).containsExactly(slug);
		JsonNode utrecht = Articles.get(this.client, null, "/api/isop/schools?q=" + this.word + "&province=UTRECHT");
		assertThat(utrecht.get("total").asLong()).isEqualTo(1);
		assertThat(utrecht.get("provinces").get("UTRECHT").asLong()).isEqualTo(1);
		assertThat(Articles.get(this.client, null, "/api/isop/schools?q=" + this.word + "&province=LIMBURG")
			.get("total").asLong()).isZero();
		this.client.get().uri("/api/isop/schools?province=ATLANTIS").exchange()
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody().jsonPath("$.errors[0].field").isEqualTo("province");
		this.client.get().uri("/api/isop/schools/" + slug).exchange().expectStatus().isOk()
			.expectBody().jsonPath("$.label.valid").isEqualTo(true);

		// Its public page has a head for crawlers and link previews, and the sitemap lists it (the HTML around the head
		// is the app's, served only where an app is configured: PublicPagesIntegrationTests).
		nl.ouderbetrokkenheid.portal.system.pages.PageHead head = this.pages.head(slug).block();
		assertThat(head.title()).isEqualTo("Basisschool De " + capitalised(this.word));
		assertThat(head.path()).isEqualTo("/isop/" + slug);
		assertThat(head.structured()).containsEntry("@type", "EducationalOrganization");
		assertThat(this.pages.all().map(location -> location.path()).collectList().block()).contains("/isop/" + slug);

		// The reminder goes once, within the lead time before expiry.
		assertThat(this.jobs.remind(validUntil.minus(Duration.ofDays(30))).block()).isPositive();
		this.jobs.remind(validUntil.minus(Duration.ofDays(29))).block();
		assertThat(MailTestServer.await(this.contactSubject + "@example.test",
				m -> MailTestServer.subject(m).startsWith("Uw ISOP-label verloopt"), Duration.ofSeconds(20))).hasSize(1);

		// Past its validity the school leaves the register by itself.
		IsopRegister later = this.register.at(Clock.fixed(validUntil.plusSeconds(1), java.time.ZoneOffset.UTC));
		assertThat(later.search(this.word, List.of(), List.of(), 0).block().total()).isZero();
		assertThat(this.register.search(this.word, List.of(), List.of(), 0).block().total()).isEqualTo(1);
		assertThat(new IsopPages(later, this.taxonomy).head(slug).block()).isNull();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> later.page(slug).block())
			.satisfies(ex -> assertThat(nl.ouderbetrokkenheid.portal.system.PortalException.isNotFound(ex)).isTrue());
	}

	@Test
	void consentIsRecordedAndWithdrawnAndTheDossierGoesWithItsFilesAndIsInTheExport() {
		String id = apply("Kindcentrum " + capitalised(this.word));
		upload(this.contact, id, "PLAN", "plan.pdf", pdf("Ons plan")).expectStatus().isCreated();

		send(this.contact, HttpMethod.PUT, "/api/isop/dossiers/" + id + "/consent", Map.of())
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("given");
		JsonNode given = consent(id, true);
		assertThat(given.get("consent").get("given").asBoolean()).isTrue();
		assertThat(given.get("consent").get("givenAt").isNull()).isFalse();
		JsonNode withdrawn = consent(id, false);
		assertThat(withdrawn.get("consent").get("given").asBoolean()).isFalse();
		assertThat(withdrawn.get("consent").get("withdrawnAt").isNull()).isFalse();
		assertThat(withdrawn.get("history").findValuesAsString("action")).containsSubsequence("consent-given",
				"consent-withdrawn");

		JsonNode export = Articles.get(this.client, this.contact, "/api/me/data");
		assertThat(export.get("isop").findValuesAsString("school")).contains("Kindcentrum " + capitalised(this.word));
		assertThat(export.get("files").findValuesAsString("attachedTo")).contains("isop:" + id);

		String download = section(withdrawn, "PLAN").get("evidence").get(0).get("downloadUrl").asString();
		this.assessor.apply(this.client.delete().uri("/api/isop/dossiers/" + id)).exchange().expectStatus().isForbidden();
		this.contact.apply(this.client.delete().uri("/api/isop/dossiers/" + id)).exchange().expectStatus().isNoContent();
		this.contact.apply(this.client.get().uri("/api/isop/dossiers/" + id)).exchange().expectStatus().isNotFound();
		this.contact.apply(this.client.get().uri(download)).exchange().expectStatus().isNotFound();
		assertThat(Articles.get(this.client, this.contact, "/api/me/data").get("files").findValuesAsString("attachedTo"))
			.doesNotContain("isop:" + id);
	}

	@Test
	void anAssessorWhoNeverLoggedInIsAssignedByAddressAndTheDossierIsTheirsAtTheirFirstLogin() throws Exception {
		String id = apply("Basisschool " + capitalised(this.word));
		addNote(id);
		step(this.contact, id, "submit", null).expectStatus().isOk();

		// One of the two, and a real address.
		step(this.editor, id, "assign", Map.of())
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("assessorSubject")
			.jsonPath("$.errors[0].code").isEqualTo("required");
		step(this.editor, id, "assign", Map.of("assessorSubject", this.assessorSubject, "assessorEmail", "a@example.test"))
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("assessorSubject")
			.jsonPath("$.errors[0].code").isEqualTo("invalid-value");
		step(this.editor, id, "assign", Map.of("assessorEmail", "geen adres"))
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("assessorEmail")
			.jsonPath("$.errors[0].code").isEqualTo("invalid-format");

		// Nobody with this subject has logged in: the dossier waits for the address (compared in lower case).
		String newcomer = "isop-newcomer-" + this.word;
		JsonNode pending = json(step(this.editor, id, "assign",
				Map.of("assessorEmail", newcomer.toUpperCase(Locale.ROOT) + "@Example.TEST"))
			.expectStatus().isOk().expectBody().returnResult());
		assertThat(pending.get("state").asString()).isEqualTo("IN_REVIEW");
		assertThat(pending.hasNonNull("assessorSubject")).isFalse();
		assertThat(pending.get("pendingAssessorEmail").asString()).isEqualTo(newcomer + "@example.test");
		// The school does not see the address; the newcomer is told to log in with it.
		assertThat(Articles.get(this.client, this.contact, "/api/isop/dossiers/" + id).hasNonNull("pendingAssessorEmail"))
			.isFalse();
		var invitation = MailTestServer.await(newcomer + "@example.test",
				m -> MailTestServer.subject(m).startsWith("ISOP-dossier toegewezen"), Duration.ofSeconds(20));
		assertThat(invitation).hasSize(1);
		assertThat(invitation.getFirst().getContent().toString()).contains("nog niet eerder ingelogd", "/mijn-isop/" + id);

		// Their first login with the role (from the provider) makes the dossier theirs, visible in their list at once.
		Logins.Session newAssessor = Logins.login(this.client, Logins.person(newcomer, "ASSESSOR"));
		JsonNode theirs = Articles.get(this.client, newAssessor, "/api/isop/dossiers");
		assertThat(theirs.get("dossiers").findValuesAsString("id")).contains(id);
		JsonNode joined = Articles.get(this.client, this.editor, "/api/isop/dossiers/" + id);
		assertThat(joined.get("assessorSubject").asString()).isEqualTo(newcomer);
		assertThat(joined.get("assessorName").asString()).isEqualTo("Test " + newcomer);
		assertThat(joined.hasNonNull("pendingAssessorEmail")).isFalse();
		assertThat(joined.get("history").findValuesAsString("action")).containsSubsequence("assign", "assessor-joined");
		assertThat(Articles.get(this.client, newAssessor, "/api/isop/dossiers/" + id).get("may").get("assess")
			.asBoolean()).isTrue();
	}

	@Test
	void aMemberAssignedByAddressGetsTheDossierWhenAnAdministratorGrantsTheRole() {
		String id = apply("Kindcentrum " + capitalised(this.word));
		addNote(id);
		step(this.contact, id, "submit", null).expectStatus().isOk();
		String member = "isop-member-" + this.word;
		Logins.Session session = Logins.login(this.client, Logins.person(member));
		step(this.editor, id, "assign", Map.of("assessorEmail", member + "@example.test")).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.pendingAssessorEmail").isEqualTo(member + "@example.test");
		// Logging in without the role changes nothing.
		Logins.login(this.client, Logins.person(member));
		assertThat(Articles.get(this.client, this.editor, "/api/isop/dossiers/" + id).hasNonNull("assessorSubject"))
			.isFalse();

		Logins.Session admin = Logins.login(this.client, Logins.person("isop-admin-" + this.word, "ADMIN"));
		Logins.grant(this.client, admin, member, "ASSESSOR").expectStatus().isOk();
		assertThat(Articles.get(this.client, session, "/api/isop/dossiers").get("dossiers").findValuesAsString("id"))
			.contains(id);
	}

	@Test
	void theSchoolSharesPublishedItemsAndUpcomingEventsOnly() {
		String id = apply("Basisschool " + capitalised(this.word));
		String title = "Ouderavond " + capitalised(this.word);
		JsonNode item = Responses.json(Items.create(this.client, this.editor, Items.item(title)).getResponseBody());
		String slug = item.get("slug").asString();

		send(this.contact, HttpMethod.PUT, "/api/isop/dossiers/" + id + "/links",
				Map.of("items", List.of(slug, "no-such-item-" + this.word), "events", List.of("no-such-event")))
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[?(@.field == 'items[1]')].code").isEqualTo("not-an-option")
			.jsonPath("$.errors[?(@.field == 'events[0]')].code").isEqualTo("not-an-option")
			.jsonPath("$.errors.length()").isEqualTo(2);
		assertThat(Articles.get(this.client, this.contact, "/api/isop/dossiers/" + id + "/links").get("items"))
			.isEmpty();

		send(this.contact, HttpMethod.PUT, "/api/isop/dossiers/" + id + "/links",
				Map.of("items", List.of(slug), "events", List.of()))
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.linkedItems[0]").isEqualTo(slug);
		JsonNode linked = Articles.get(this.client, this.contact, "/api/isop/dossiers/" + id + "/links");
		assertThat(linked.get("items").findValuesAsString("title")).containsExactly(title);
		assertThat(linked.get("events")).isEmpty();
		this.assessor.apply(this.client.get().uri("/api/isop/dossiers/" + id + "/links")).exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void deletingAMissingDossierIsNotFound() {
		this.contact.apply(this.client.delete().uri("/api/isop/dossiers/missing-" + this.word))
			.exchange()
			.expectAll(ProblemResponses.problem(HttpStatus.NOT_FOUND))
			.expectBody()
			.jsonPath("$.type").isEqualTo("/problems/isop-dossier-not-found");
	}

	private void addNote(String id) {
		send(this.contact, HttpMethod.POST, "/api/isop/dossiers/" + id + "/sections/WELCOME/evidence",
				Map.of("kind", "TEAM_MEETING_NOTE", "title", "Teamvergadering", "text", "Ouders welkom."))
			.expectStatus().isCreated();
	}

	private String apply(String name) {
		return json(send(this.contact, HttpMethod.POST, "/api/isop/dossiers",
				Map.of("name", name, "brin", "99ZZ" + this.word.substring(7, 9), "place", "Utrecht", "province",
					"UTRECHT", "sector", "EDUCATION"))
			.expectStatus().isCreated()
			.expectBody()
			.returnResult()).get("id").asString();
	}

	private JsonNode consent(String id, boolean given) {
		return json(send(this.contact, HttpMethod.PUT, "/api/isop/dossiers/" + id + "/consent", Map.of("given", given))
			.expectStatus().isOk()
			.expectBody()
			.returnResult());
	}

	/** Sends {@code body} as JSON, as {@code session}. */
	private WebTestClient.ResponseSpec send(Logins.Session session, HttpMethod method, String uri, Object body) {
		return session.apply(this.client.method(method).uri(uri))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private WebTestClient.ResponseSpec step(Logins.Session session, String id, String step, Object body) {
		WebTestClient.RequestBodySpec request = session.apply(this.client.post().uri("/api/isop/dossiers/" + id + "/" + step));
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
		}
		return request.exchange();
	}

	private WebTestClient.ResponseSpec upload(Logins.Session session, String id, String guideline, String name,
			byte[] content) {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		form.part("file", new ByteArrayResource(content)).filename(name).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return session.apply(this.client.post().uri("/api/isop/dossiers/" + id + "/sections/" + guideline + "/files"))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(form.build()))
			.exchange();
	}

	private static JsonNode json(org.springframework.test.web.reactive.server.EntityExchangeResult<byte[]> result) {
		return Articles.versioned(result).body();
	}

	private static JsonNode section(JsonNode dossier, String guideline) {
		for (JsonNode section : dossier.get("sections")) {
			if (section.get("guideline").asString().equals(guideline)) {
				return section;
			}
		}
		throw new AssertionError("no section " + guideline);
	}

	private static byte[] pdf(String title) {
		return PrintDocument.start(PrintDocument.Format.A4_PORTRAIT, title, null, Locale.forLanguageTag("nl"))
			.title(title, 20)
			.paragraph("Ouders zijn partners in het leren van hun kind.")
			.finish();
	}

	private static String randomLetters(int count) {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return letters.toString();
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
