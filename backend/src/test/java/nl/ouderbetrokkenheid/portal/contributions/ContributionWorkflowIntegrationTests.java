package nl.ouderbetrokkenheid.portal.contributions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import nl.ouderbetrokkenheid.portal.support.Articles;
import nl.ouderbetrokkenheid.portal.support.Contributions;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.MailTestServer;
import nl.ouderbetrokkenheid.portal.support.Markers;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.support.Responses;
import nl.ouderbetrokkenheid.portal.support.Workflows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.invalid;
import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class ContributionWorkflowIntegrationTests {

	@Autowired
	private WebTestClient client;

	private Logins.Session member;

	private Logins.Session editor;

	private String marker;

	@BeforeEach
	void logIn() {
		this.member = Logins.login(this.client, Logins.person("contributor-" + UUID.randomUUID()));
		this.editor = Logins.login(this.client, Logins.person("editor-" + UUID.randomUUID(), "EDITOR"));
		this.marker = Markers.word("zc");
	}

	@Test
	void aMembersExampleGoesThroughTheArticlesWorkflowAndBecomesANamedCatalogueItem() {
		String title = "Koffieochtend met ouders " + this.marker;
		Articles.Versioned draft = create(this.member, contribution(title, true));
		String id = draft.id();
		assertThat(draft.body().get("state").asString()).isEqualTo("DRAFT");
		assertThat(draft.body().get("editable").asBoolean()).isTrue();

		step(this.member, id, "submit", null).expectStatus().isOk();
		assertThat(MailTestServer.await(this.editor.person().email(),
				m -> MailTestServer.subject(m).equals("Nieuwe bijdrage ter beoordeling: " + title),
				Duration.ofSeconds(20)))
			.hasSize(1);
		assertThat(Articles.get(this.client, this.editor, "/api/contributions/review").get("contributions")
			.findValuesAsString("id")).contains(id);

		step(this.editor, id, "request-changes", null).expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("comment");
		step(this.editor, id, "request-changes", "Wat leverde het op?").expectStatus().isOk();
		JsonNode mine = Articles.get(this.client, this.member, "/api/contributions/mine").get("contributions").get(0);
		assertThat(mine.get("state").asString()).isEqualTo("CHANGES_REQUESTED");
		assertThat(mine.get("lastComment").asString()).isEqualTo("Wat leverde het op?");

		String etag = Responses.okVersion(this.member.apply(this.client.get().uri("/api/contributions/" + id)).exchange());
		update(this.member, id, etag, with(contribution(title, true), "result", "Twintig ouders kwamen elke maand."))
			.expectStatus()
			.isOk();
		step(this.member, id, "submit", null).expectStatus().isOk();
		JsonNode diff = Articles.get(this.client, this.editor, "/api/contributions/" + id + "/diff");
		assertThat(diff.get("from").asInt()).isEqualTo(1);
		assertThat(diff.get("to").asInt()).isEqualTo(2);
		assertThat(diff.toString()).contains("## Resultaat", "Twintig ouders kwamen elke maand.");

		JsonNode published = Articles.versioned(step(this.editor, id, "publish", null).expectStatus()
			.isOk()
			.expectBody()
			.returnResult()).body();
		assertThat(published.get("history").findValuesAsString("to")).containsExactly("DRAFT", "SUBMITTED",
				"CHANGES_REQUESTED", "SUBMITTED", "PUBLISHED");
		String slug = published.get("catalogueSlug").asString();
		String itemId = published.get("itemId").asString();

		JsonNode item = Articles.get(this.client, null, "/api/items/" + slug);
		assertThat(item.get("type").asString()).isEqualTo("PRACTICE_EXAMPLE");
		assertThat(item.get("author").asString()).isEqualTo(this.member.person().name());
		assertThat(item.get("organisation").asString()).isEqualTo("Basisschool De Linde");
		assertThat(item.get("bodyHtml").asString()).contains("<h2>Aanpak</h2>", "<h2>Resultaat</h2>");
		JsonNode found = Articles.get(this.client, null, "/api/search?q=" + this.marker);
		assertThat(found.get("items").findValuesAsString("slug")).containsExactly(slug);

		// The contributor sees how often it was read and saved, as counts.
		Articles.get(this.client, null, "/api/items/" + slug);
		Logins.Session reader = Logins.login(this.client, Logins.person("reader-" + UUID.randomUUID()));
		String collection = Responses.createdId(reader.apply(this.client.post().uri("/api/collections")),
				Map.of("name", "Teamvergadering"));
		reader.apply(this.client.put().uri("/api/collections/" + collection + "/items/" + itemId))
			.exchange()
			.expectStatus()
			.isOk();
		JsonNode counted = await(() -> Articles.get(this.client, this.member, "/api/contributions/mine")
			.get("contributions")
			.get(0), entry -> entry.get("views").asLong() >= 2 && entry.get("saves").asLong() == 1);
		assertThat(counted.get("views").asLong()).isEqualTo(2);
		assertThat(counted.toString()).doesNotContain(reader.person().subject());
	}

	@Test
	void withoutConsentThePublishedItemIsAnonymous() {
		JsonNode published = published(contribution("Huisbezoek " + this.marker, false));
		JsonNode item = Articles.get(this.client, null, "/api/items/" + published.get("catalogueSlug").asString());
		assertThat(item.has("author")).isFalse();
		assertThat(item.has("organisation")).isFalse();
		assertThat(item.toString()).doesNotContain(this.member.person().name(), "De Linde");
	}

	@Test
	void badInputNamesEveryFieldAndASubmissionNeedsTheSections() {
		this.member.apply(this.client.post().uri("/api/contributions"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(with(contribution("Fout " + this.marker, true), "type", "ARTICLE", "region", "MARS",
					"sectors", List.of("NOWHERE")))
			.exchange()
			.expectAll(invalid("type", "region", "sectors"));
		String id = create(this.member, with(contribution("Half " + this.marker, true), "context", null, "approach",
				" ", "region", null)).id();
		step(this.member, id, "submit", null).expectAll(invalid("context", "approach", "region"));
		assertThat(Articles.get(this.client, this.member, "/api/contributions/" + id).get("state").asString())
			.isEqualTo("DRAFT");
	}

	@Test
	void anotherMemberNeitherSeesNorSubmitsSomeoneElsesContribution() {
		String id = create(this.member, contribution("Eigen " + this.marker, true)).id();
		Logins.Session other = Logins.login(this.client, Logins.person("other-" + UUID.randomUUID()));
		other.apply(this.client.get().uri("/api/contributions/" + id)).exchange().expectStatus().isNotFound();
		step(other, id, "submit", null).expectStatus().isNotFound();
		step(this.member, id, "publish", null).expectStatus().isForbidden();
		step(this.editor, id, "publish", null).expectStatus().isEqualTo(409);
	}

	@Test
	void erasureKeepsAPublishedExampleAnonymouslyAndDropsTheRest() {
		JsonNode published = published(contribution("Blijft " + this.marker, true));
		String publishedId = published.get("id").asString();
		String slug = published.get("catalogueSlug").asString();
		String draftId = create(this.member, contribution("Gaat " + this.marker, true)).id();

		this.member.apply(this.client.get().uri("/api/me/data"))
			.exchange()
			.expectBody()
			.jsonPath("$.contributions[*].title")
			.value(titles -> assertThat(titles.toString()).contains("Blijft " + this.marker, "Gaat " + this.marker));

		this.member.apply(this.client.delete().uri("/api/me")).exchange().expectStatus().is2xxSuccessful();
		JsonNode item = Articles.get(this.client, null, "/api/items/" + slug);
		assertThat(item.get("title").asString()).isEqualTo("Blijft " + this.marker);
		assertThat(item.has("author")).isFalse();
		assertThat(item.has("organisation")).isFalse();
		this.editor.apply(this.client.get().uri("/api/contributions/" + draftId)).exchange().expectStatus().isNotFound();
		this.editor.apply(this.client.get().uri("/api/contributions/" + publishedId))
			.exchange()
			.expectStatus()
			.isNotFound();
		Logins.Session again = Logins.login(this.client, this.member.person());
		assertThat(Articles.get(this.client, again, "/api/contributions/mine").get("contributions")).isEmpty();
	}

	private static Map<String, Object> contribution(String title, boolean showName) {
		return Contributions.contribution(title, showName);
	}

	private static Map<String, Object> with(Map<String, Object> body, Object... keysAndValues) {
		return Workflows.with(body, keysAndValues);
	}

	@Test
	void everyReadOfAPopularContributionCountsEvenWhenManyReadAtOnce() throws Exception {
		String slug = published(contribution("Ouderpanel " + this.marker, false)).get("catalogueSlug").asString();

		// Sixty readers at once: with a stored write per read they competed for one document and some counts were lost.
		// A reader the portal sheds (503, more at once than it takes) read nothing, and is not counted.
		int readers = 60;
		long answered;
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(readers)) {
			var reads = java.util.stream.IntStream.range(0, readers)
				.mapToObj(n -> pool.submit(() -> this.client.get()
					.uri("/api/items/" + slug)
					.exchange()
					.returnResult(byte[].class)
					.getStatus()
					.value()))
				.toList();
			answered = 0;
			for (var read : reads) {
				int status = read.get();
				assertThat(status).isIn(200, 503);
				answered += (status == 200) ? 1 : 0;
			}
		}
		assertThat(answered).as("readers answered").isGreaterThanOrEqualTo(10);

		long expected = answered;
		JsonNode counted = await(() -> Articles.get(this.client, this.member, "/api/contributions/mine")
			.get("contributions")
			.get(0), entry -> entry.get("views").asLong() >= expected);
		assertThat(counted.get("views").asLong()).isEqualTo(expected);
	}

	/** The member's contribution, submitted and then published by the editor; answers what the publication answered. */
	private JsonNode published(Map<String, Object> body) {
		String id = create(this.member, body).id();
		step(this.member, id, "submit", null).expectStatus().isOk();
		return Articles.versioned(step(this.editor, id, "publish", null).expectStatus()
			.isOk()
			.expectBody()
			.returnResult()).body();
	}

	private Articles.Versioned create(Logins.Session session, Map<String, Object> body) {
		return Contributions.create(this.client, session, body);
	}

	private WebTestClient.ResponseSpec update(Logins.Session session, String id, String etag, Map<String, Object> body) {
		return Contributions.update(this.client, session, id, etag, body);
	}

	private WebTestClient.ResponseSpec step(Logins.Session actor, String id, String step, String comment) {
		return Contributions.step(this.client, actor, id, step, comment);
	}

	/** Views are counted after the page is answered: wait for the count, with a deadline. */
	private static JsonNode await(Supplier<JsonNode> read, java.util.function.Predicate<JsonNode> done) {
		Instant deadline = Instant.now().plusSeconds(20);
		JsonNode last = read.get();
		while (!done.test(last) && Instant.now().isBefore(deadline)) {
			Thread.onSpinWait();
			last = read.get();
		}
		assertThat(done.test(last)).as("condition reached before the deadline: %s", last).isTrue();
		return last;
	}

}
