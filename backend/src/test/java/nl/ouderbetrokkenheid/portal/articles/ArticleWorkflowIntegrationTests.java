package nl.ouderbetrokkenheid.portal.articles;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Markers;
import nl.ouderbetrokkenheid.portal.support.Articles;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.MailTestServer;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.support.Responses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.invalid;
import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.problem;
import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class ArticleWorkflowIntegrationTests {

	@Autowired
	private WebTestClient client;

	private Logins.Session expert;

	private Logins.Session editor;

	/** A word no other test uses, so searches find only this test's article. */
	private String marker;

	@BeforeEach
	void logIn() {
		this.expert = Logins.login(this.client, Logins.person("expert-" + UUID.randomUUID(), "EXPERT"));
		this.editor = Logins.login(this.client, Logins.person("editor-" + UUID.randomUUID(), "EDITOR"));
		this.marker = Markers.word("zq");
	}

	@Test
	void anArticleGoesFromDraftThroughChangesToPublicationAndOutAgain() {
		String title = "Ouders aan tafel " + this.marker;
		Articles.Versioned draft = Articles.create(this.client, this.expert,
				Articles.article(title, "## Aanpak\n\nWe spraken met ouders.\n\nDe kinderen schoven aan. " + this.marker));
		String id = draft.id();
		assertThat(draft.body().get("state").asString()).isEqualTo("DRAFT");
		assertThat(draft.body().get("bodyHtml").asString()).contains("<h2>Aanpak</h2>");

		Articles.step(this.client, this.expert, id, "submit", null).expectStatus().isOk();
		assertThat(MailTestServer.await(this.editor.person().email(),
				m -> MailTestServer.subject(m).equals("Nieuw artikel ter beoordeling: " + title), Duration.ofSeconds(20)))
			.hasSize(1);
		JsonNode queue = Articles.get(this.client, this.editor, "/api/articles/review");
		assertThat(queue.get("articles").findValuesAsString("id")).contains(id);

		Articles.step(this.client, this.editor, id, "request-changes", "Graag een voorbeeld uit de praktijk.")
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.state")
			.isEqualTo("CHANGES_REQUESTED");
		assertThat(MailTestServer.await(this.expert.person().email(),
				m -> MailTestServer.subject(m).equals("Graag wijzigingen in je artikel: " + title),
				Duration.ofSeconds(20)))
			.hasSize(1);
		JsonNode mine = Articles.get(this.client, this.expert, "/api/articles/mine").get("articles").get(0);
		assertThat(mine.get("lastComment").asString()).isEqualTo("Graag een voorbeeld uit de praktijk.");

		Articles.Versioned sentBack = Articles.versioned(this.expert.apply(this.client.get().uri("/api/articles/id/" + id))
			.exchange()
			.expectBody()
			.returnResult());
		Articles.update(this.client, this.expert, id, sentBack.etag(), Articles.article(title,
				"## Aanpak\n\nWe spraken met ouders op school.\n\nDe kinderen schoven aan. " + this.marker
						+ "\n\nEen voorbeeld: de koffieochtend."))
			.expectStatus()
			.isOk();
		Articles.step(this.client, this.expert, id, "submit", null).expectStatus().isOk();

		JsonNode diff = Articles.get(this.client, this.editor, "/api/articles/id/" + id + "/diff");
		assertThat(diff.get("from").asInt()).isEqualTo(1);
		assertThat(diff.get("to").asInt()).isEqualTo(2);
		assertThat(diff.get("lines").findValuesAsString("kind")).contains("SAME", "CHANGED", "ADDED");
		assertThat(diff.toString()).contains("Een voorbeeld: de koffieochtend.").contains("op school.");

		JsonNode published = Articles.versioned(Articles.step(this.client, this.editor, id, "publish", null)
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()).body();
		assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");
		assertThat(published.get("history").findValuesAsString("to")).containsExactly("DRAFT", "SUBMITTED",
				"CHANGES_REQUESTED", "SUBMITTED", "PUBLISHED");
		assertThat(published.get("history").get(2).get("comment").asString())
			.isEqualTo("Graag een voorbeeld uit de praktijk.");
		assertThat(MailTestServer.await(this.expert.person().email(),
				m -> MailTestServer.subject(m).equals("Je artikel is gepubliceerd: " + title), Duration.ofSeconds(20)))
			.hasSize(1);

		// Found by a stemmed word ("kind" finds "kinderen") as a publication with the catalogue's facets.
		JsonNode found = Articles.get(this.client, null, "/api/search?q=kind+" + this.marker);
		assertThat(found.get("total").asLong()).isEqualTo(1);
		JsonNode hit = found.get("items").get(0);
		assertThat(hit.get("type").asString()).isEqualTo("PUBLICATION");
		assertThat(found.get("facets").get("type").toString()).contains("\"value\":\"PUBLICATION\",\"count\":1");
		JsonNode item = Articles.get(this.client, null, "/api/items/" + hit.get("slug").asString());
		assertThat(item.get("externalId").asString()).isEqualTo("article:" + published.get("slug").asString());
		assertThat(item.get("author").asString()).isEqualTo(this.expert.person().name());

		// The public article names its author, linking to the expert's profile (once they chose to be listed); the
		// history stays inside.
		JsonNode article = Articles.get(this.client, null, "/api/articles/" + published.get("slug").asString());
		String authorSlug = article.get("author").get("slug").asString();
		assertThat(article.get("history")).isEmpty();
		this.expert.apply(this.client.put().uri("/api/experts/me"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(java.util.Map.of("listed", true))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(Articles.get(this.client, null, "/api/experts/" + authorSlug).get("name").asString())
			.isEqualTo(this.expert.person().name());
		assertThat(Articles.get(this.client, null, "/api/articles?author=" + authorSlug).get("articles")
			.findValuesAsString("id")).containsExactly(id);

		Articles.step(this.client, this.editor, id, "unpublish", "Verouderd.").expectStatus().isOk();
		assertThat(Articles.get(this.client, null, "/api/search?q=kind+" + this.marker).get("total").asLong()).isZero();
		this.client.get().uri("/api/articles/" + published.get("slug").asString()).exchange().expectStatus().isNotFound();
	}

	@Test
	void aStaleEditIsRefusedAndOverwritesNothing() {
		Articles.Versioned draft = Articles.create(this.client, this.expert, Articles.article("Eerste " + this.marker, "Tekst."));
		Articles.update(this.client, this.expert, draft.id(), draft.etag(), Articles.article("Tweede " + this.marker, "Tekst."))
			.expectStatus()
			.isOk();
		Articles.update(this.client, this.expert, draft.id(), draft.etag(), Articles.article("Derde " + this.marker, "Tekst."))
			.expectStatus()
			.isEqualTo(412)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		Articles.update(this.client, this.expert, draft.id(), null, Articles.article("Vierde " + this.marker, "Tekst."))
			.expectStatus()
			.isEqualTo(428);
		// A workflow step based on an old version is stale too.
		this.expert.apply(this.client.post().uri("/api/articles/id/" + draft.id() + "/submit"))
			.header("If-Match", draft.etag())
			.exchange()
			.expectStatus()
			.isEqualTo(412);

		assertThat(Articles.get(this.client, this.expert, "/api/articles/id/" + draft.id()).get("title").asString())
			.isEqualTo("Tweede " + this.marker);
	}

	@Test
	void stepsTheStateDoesNotAllowAreClearConflicts() {
		Articles.Versioned draft = Articles.create(this.client, this.expert, Articles.article("Conflict " + this.marker, "Tekst."));
		Articles.step(this.client, this.editor, draft.id(), "publish", null)
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/invalid-transition")
			.jsonPath("$.detail")
			.value(detail -> assertThat(detail.toString()).contains("DRAFT", "SUBMITTED"));
		String submitted = Responses.okVersion(Articles.step(this.client, this.expert, draft.id(), "submit", null));
		Articles.update(this.client, this.expert, draft.id(), submitted, Articles.article("Later " + this.marker, "Tekst."))
			.expectStatus()
			.isEqualTo(409)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/article-not-editable");
		Articles.step(this.client, this.expert, draft.id(), "submit", null).expectStatus().isEqualTo(409);
		Articles.step(this.client, this.editor, draft.id(), "reject", null)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("comment");
		Articles.step(this.client, this.editor, draft.id(), "reject", "Past niet bij het portaal.")
			.expectStatus()
			.isOk();
		Articles.step(this.client, this.editor, draft.id(), "unpublish", null).expectStatus().isEqualTo(409);
	}

	@Test
	void onlyTheAuthorChangesItAndOnlyAuthorAndEditorsSeeUnpublishedWork() {
		Logins.Session other = Logins.login(this.client, Logins.person("expert-" + UUID.randomUUID(), "EXPERT"));
		Articles.Versioned draft = Articles.create(this.client, this.expert, Articles.article("Van mij " + this.marker, "Tekst."));

		Articles.update(this.client, other, draft.id(), draft.etag(), Articles.article("Van jou " + this.marker, "Tekst."))
			.expectStatus()
			.isNotFound();
		Articles.step(this.client, other, draft.id(), "submit", null).expectStatus().isNotFound();
		this.client.get().uri("/api/articles/" + draft.slug()).exchange().expectStatus().isNotFound();
		other.apply(this.client.get().uri("/api/articles/id/" + draft.id())).exchange().expectStatus().isNotFound();
		this.editor.apply(this.client.get().uri("/api/articles/" + draft.slug())).exchange().expectStatus().isOk();
		// An editor reads but does not write an expert's text.
		Articles.update(this.client, this.editor, draft.id(), draft.etag(), Articles.article("Redactie " + this.marker, "x"))
			.expectStatus()
			.isForbidden();
	}

	@Test
	void earlierVersionsOfAPublishedArticleAreForItsAuthorAndEditorsOnly() {
		Logins.Session other = Logins.login(this.client, Logins.person("expert-" + UUID.randomUUID(), "EXPERT"));
		Articles.Versioned draft = Articles.create(this.client, this.expert,
				Articles.article("Versies " + this.marker, "Eerste tekst."));
		Articles.step(this.client, this.expert, draft.id(), "submit", null).expectStatus().isOk();
		Articles.step(this.client, this.editor, draft.id(), "publish", null).expectStatus().isOk();
		String diff = "/api/articles/id/" + draft.id() + "/diff";

		assertThat(Articles.get(this.client, this.expert, diff).get("to").asInt()).isEqualTo(1);
		assertThat(Articles.get(this.client, this.editor, diff + "?from=0&to=1").get("lines")).isNotEmpty();
		// Another expert reads the published text, but not how it came about: answered as for a draft of someone else.
		assertThat(Articles.get(this.client, other, "/api/articles/id/" + draft.id()).get("history")).isEmpty();
		other.apply(this.client.get().uri(diff + "?from=0&to=1"))
			.exchange()
			.expectAll(problem(HttpStatus.NOT_FOUND))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/article-not-found");
		this.client.get().uri(diff).exchange().expectStatus().isUnauthorized();
	}

	@Test
	void eachStepIsVisibleAtOnceWhereThePersonLooksNext() {
		// Each read comes straight after the write, through the list or page the app shows next (searches, not GETs
		// by id): the write answers only once searches see it.
		Articles.Versioned draft = Articles.create(this.client, this.expert,
				Articles.article("Meteen zichtbaar " + this.marker, "Tekst " + this.marker));
		assertThat(Articles.get(this.client, this.expert, "/api/articles/mine").get("articles").findValuesAsString("id"))
			.contains(draft.id());
		assertThat(Articles.get(this.client, this.expert, "/api/articles/" + draft.slug()).get("id").asString())
			.isEqualTo(draft.id());

		Articles.update(this.client, this.expert, draft.id(), draft.etag(),
				Articles.article("Meteen bijgewerkt " + this.marker, "Tekst " + this.marker))
			.expectStatus()
			.isOk();
		assertThat(Articles.get(this.client, this.expert, "/api/articles/mine").get("articles").findValuesAsString("title"))
			.contains("Meteen bijgewerkt " + this.marker);

		Articles.step(this.client, this.expert, draft.id(), "submit", null).expectStatus().isOk();
		assertThat(Articles.get(this.client, this.editor, "/api/articles/review").get("articles").findValuesAsString("id"))
			.contains(draft.id());
		assertThat(summary(Articles.get(this.client, this.expert, "/api/articles/mine"), draft.id()).get("state").asString())
			.isEqualTo("SUBMITTED");

		Articles.step(this.client, this.editor, draft.id(), "publish", null).expectStatus().isOk();
		assertThat(Articles.get(this.client, null, "/api/articles/" + draft.slug()).get("state").asString())
			.isEqualTo("PUBLISHED");
		assertThat(Articles.get(this.client, this.editor, "/api/articles/review").get("articles").findValuesAsString("id"))
			.doesNotContain(draft.id());
		assertThat(Articles.get(this.client, null, "/api/articles").get("articles").findValuesAsString("id"))
			.contains(draft.id());
		assertThat(Articles.get(this.client, null, "/api/search?q=" + this.marker).get("total").asLong()).isEqualTo(1);

		Articles.step(this.client, this.editor, draft.id(), "unpublish", "Nog even niet.").expectStatus().isOk();
		this.client.get().uri("/api/articles/" + draft.slug()).exchange().expectStatus().isNotFound();
		assertThat(summary(Articles.get(this.client, this.expert, "/api/articles/mine"), draft.id()).get("state").asString())
			.isEqualTo("CHANGES_REQUESTED");
	}

	private static JsonNode summary(JsonNode list, String id) {
		for (JsonNode article : list.get("articles")) {
			if (article.get("id").asString().equals(id)) {
				return article;
			}
		}
		throw new AssertionError("article " + id + " not in " + list);
	}

	@Test
	void invalidArticlesAreRefusedNamingEachField() {
		this.expert.apply(this.client.post().uri("/api/articles"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Articles.with(Articles.article("", "Tekst."), "references",
					List.of(java.util.Map.of("title", "x", "url", "javascript:alert(1)"))))
			.exchange()
			.expectAll(invalid("title", "references[0].url"));
		this.expert.apply(this.client.post().uri("/api/articles"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Articles.with(Articles.article("Codes " + this.marker, "Tekst."), "sectors", List.of("SPACE")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("sectors");

		// A draft may be unfinished; a submission may not.
		Articles.Versioned unfinished = Articles.create(this.client, this.expert, Articles.with(
				Articles.article("Half af " + this.marker, ""), "summary", null, "partnerships", List.of()));
		Articles.step(this.client, this.expert, unfinished.id(), "submit", null)
			.expectAll(invalid("summary", "body", "partnerships"));
		this.editor.apply(this.client.get().uri("/api/articles/review?state=BOGUS")).exchange().expectStatus().isBadRequest();
	}

	@Test
	void theLivePreviewIsRenderedAndSanitisedLikeTheArticle() {
		this.expert.apply(this.client.post().uri("/api/articles/preview"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(java.util.Map.of("body", "# Kop\n\n<script>alert(1)</script> [x](javascript:void) <img src=x onerror=alert(1)>"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.html")
			.value(html -> assertThat(html.toString()).contains("<h1>Kop</h1>").doesNotContain("<script", "href=\"javascript", "<img"));
	}

	@Test
	void erasingTheAuthorsAccountTakesTheirArticlesOutOfSearch() {
		String title = "Weg ermee " + this.marker;
		Articles.Versioned draft = Articles.create(this.client, this.expert, Articles.article(title, "Tekst " + this.marker));
		Articles.step(this.client, this.expert, draft.id(), "submit", null).expectStatus().isOk();
		Articles.step(this.client, this.editor, draft.id(), "publish", null).expectStatus().isOk();
		assertThat(Articles.get(this.client, null, "/api/search?q=" + this.marker).get("total").asLong()).isEqualTo(1);
		JsonNode export = Articles.get(this.client, this.expert, "/api/me/data");
		assertThat(export.get("articles").get(0).get("title").asString()).isEqualTo(title);
		assertThat(export.get("expertProfile").get("name").asString()).isEqualTo(this.expert.person().name());

		this.expert.apply(this.client.delete().uri("/api/me")).exchange().expectStatus().isOk();

		assertThat(Articles.get(this.client, null, "/api/search?q=" + this.marker).get("total").asLong()).isZero();
		this.client.get().uri("/api/articles/" + draft.slug()).exchange().expectStatus().isNotFound();
		String authorSlug = draft.body().get("author").get("slug").asString();
		this.client.get().uri("/api/experts/" + authorSlug).exchange().expectStatus().isNotFound();
	}

}
