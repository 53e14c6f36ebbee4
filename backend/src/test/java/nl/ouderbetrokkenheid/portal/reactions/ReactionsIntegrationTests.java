package nl.ouderbetrokkenheid.portal.reactions;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Articles;
import nl.ouderbetrokkenheid.portal.support.Items;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.Markers;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class ReactionsIntegrationTests {

	@Autowired
	private WebTestClient client;

	private Logins.Session editor;

	private String item;

	@BeforeEach
	void anItem() {
		this.editor = Logins.login(this.client, Logins.person("editor-" + UUID.randomUUID(), "EDITOR"));
		this.item = Items.createdId(this.client, this.editor, Items.item("Voorleesontbijt " + Markers.word("zr")));
	}

	@Test
	void eachPersonCountsOncePerKindAndNobodySeesWho() {
		Logins.Session ada = member("ada");
		Logins.Session bob = member("bob");
		react(ada, "used").expectStatus().isOk();
		react(ada, "used").expectStatus().isOk();
		react(ada, "useful").expectStatus().isOk();
		JsonNode counts = body(react(bob, "useful"));
		assertThat(counts.get("used").asLong()).isEqualTo(1);
		assertThat(counts.get("useful").asLong()).isEqualTo(2);
		assertThat(counts.get("mine").toString()).isEqualTo("[\"USEFUL\"]");

		JsonNode withdrawn = body(ada.apply(this.client.delete().uri("/api/reactions/" + this.item + "/useful")).exchange());
		assertThat(withdrawn.get("useful").asLong()).isEqualTo(1);
		ada.apply(this.client.delete().uri("/api/reactions/" + this.item + "/useful")).exchange().expectStatus().isOk();

		JsonNode anonymous = Articles.get(this.client, null, "/api/reactions/" + this.item);
		assertThat(anonymous.get("used").asLong()).isEqualTo(1);
		assertThat(anonymous.get("useful").asLong()).isEqualTo(1);
		assertThat(anonymous.get("mine")).isEmpty();
		assertThat(anonymous.toString()).doesNotContain(ada.person().subject(), bob.person().subject());

		react(ada, "liked").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");
		ada.apply(this.client.put().uri("/api/reactions/no-such-item/used")).exchange().expectStatus().isNotFound();
	}

	@Test
	void aReportedReplyIsHiddenUntilAnEditorReviewsIt() {
		Logins.Session ada = member("ada");
		Logins.Session bob = member("bob");
		JsonNode reply = body(reply(ada, "Wij deden dit **ook**. <script>alert(1)</script>"));
		String id = reply.get("id").asString();
		assertThat(reply.get("bodyHtml").asString()).contains("<strong>ook</strong>").doesNotContain("<script");
		assertThat(replies(null)).extracting(node -> node.get("id").asString()).containsExactly(id);

		report(bob, id, "Reclame").expectStatus().isOk();
		assertThat(replies(null)).isEmpty();
		assertThat(replies(bob)).isEmpty();
		assertThat(replies(ada)).singleElement()
			.satisfies(own -> assertThat(own.get("state").asString()).isEqualTo("REPORTED"));
		JsonNode entry = inModerationQueue(id);
		assertThat(entry.get("reports").findValuesAsString("reason")).containsExactly("Reclame");
		assertThat(entry.toString()).doesNotContain(bob.person().subject());

		this.editor.apply(this.client.post().uri("/api/moderation/replies/" + id + "/approve"))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(replies(null)).extracting(node -> node.get("id").asString()).containsExactly(id);
		this.editor.apply(this.client.post().uri("/api/moderation/replies/" + id + "/approve"))
			.exchange()
			.expectStatus()
			.isEqualTo(409);

		bob.apply(this.client.post().uri("/api/replies/" + id + "/report")).exchange().expectStatus().isOk();
		this.editor.apply(this.client.post().uri("/api/moderation/replies/" + id + "/remove"))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(replies(null)).isEmpty();
		assertThat(replies(ada)).isEmpty();
	}

	@Test
	void aReplyNeedsABodyAndAnItem() {
		member("ada").apply(this.client.post().uri("/api/replies"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("item", this.item, "body", " "))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("body");
	}

	@Test
	void reactionsRepliesAndReportsAreExportedAndErased() {
		Logins.Session ada = member("ada");
		Logins.Session bob = member("bob");
		react(ada, "used").expectStatus().isOk();
		String own = body(reply(ada, "Mijn ervaring")).get("id").asString();
		String others = body(reply(bob, "Andere ervaring")).get("id").asString();
		report(ada, others, "Onjuist").expectStatus().isOk();
		JsonNode data = Articles.get(this.client, ada, "/api/me/data").get("reactions");
		assertThat(data.get("reactions").findValuesAsString("kind")).containsExactly("USED");
		assertThat(data.get("replies").findValuesAsString("body")).containsExactly("Mijn ervaring");
		assertThat(data.get("reports").findValuesAsString("reason")).containsExactly("Onjuist");

		ada.apply(this.client.delete().uri("/api/me")).exchange().expectStatus().is2xxSuccessful();
		assertThat(Articles.get(this.client, null, "/api/reactions/" + this.item).get("used").asLong()).isZero();
		assertThat(replies(null)).extracting(node -> node.get("id").asString()).doesNotContain(own);
		JsonNode entry = inModerationQueue(others);
		assertThat(entry.get("reports")).isEmpty();
	}

	private Logins.Session member(String name) {
		return Logins.login(this.client, Logins.person(name + "-" + UUID.randomUUID()));
	}

	private WebTestClient.ResponseSpec react(Logins.Session session, String kind) {
		return session.apply(this.client.put().uri("/api/reactions/" + this.item + "/" + kind)).exchange();
	}

	private WebTestClient.ResponseSpec reply(Logins.Session session, String text) {
		return session.apply(this.client.post().uri("/api/replies"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("item", this.item, "body", text))
			.exchange();
	}

	private List<JsonNode> replies(Logins.Session session) {
		JsonNode list = Articles.get(this.client, session, "/api/replies?item=" + this.item).get("replies");
		return list.valueStream().toList();
	}

	private static JsonNode body(WebTestClient.ResponseSpec response) {
		return response.expectStatus().is2xxSuccessful().expectBody(JsonNode.class).returnResult().getResponseBody();
	}

	private WebTestClient.ResponseSpec report(Logins.Session reporter, String replyId, String reason) {
		return reporter.apply(this.client.post().uri("/api/replies/" + replyId + "/report"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("reason", reason))
			.exchange();
	}

	/** The reply as the editors' moderation queue shows it. */
	private JsonNode inModerationQueue(String replyId) {
		return Articles.get(this.client, this.editor, "/api/moderation/replies")
			.get("replies")
			.valueStream()
			.filter(node -> node.get("id").asString().equals(replyId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("not in the moderation queue: " + replyId));
	}

}
