package nl.ouderbetrokkenheid.portal.collections;

import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Items;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.support.Responses;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Collections: a member makes one, adds items from the catalogue, shares it by a link that an anonymous visitor opens
 * read-only, and stops sharing; nobody else sees or changes it; bad input names the field.
 */
@PortalIntegrationTest
class CollectionsIntegrationTests {

	@Autowired
	private WebTestClient client;

	@Test
	void aMemberSharesACollectionThatAnAnonymousVisitorOpensReadOnly() {
		Logins.Session editor = Logins.login(this.client, Logins.person("curator-" + UUID.randomUUID(), "EDITOR"));
		String itemId = createItem(editor, "Teamvergadering over ouders " + UUID.randomUUID());
		Logins.Session member = Logins.login(this.client, Logins.person("collector-" + UUID.randomUUID(), "MEMBER"));

		JsonNode created = Responses.createdJson(member.apply(this.client.post().uri("/api/collections")),
				"{\"name\": \"voor de teamvergadering\"}");
		String id = created.get("id").asString();
		member.apply(this.client.get().uri("/api/collections"))
			.exchange()
			.expectBody()
			.jsonPath("$.collections[0].name")
			.isEqualTo("voor de teamvergadering");

		member.apply(this.client.put().uri("/api/collections/" + id + "/items/" + itemId))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.items[0].id")
			.isEqualTo(itemId);
		// Adding it again changes nothing.
		member.apply(this.client.put().uri("/api/collections/" + id + "/items/" + itemId))
			.exchange()
			.expectBody()
			.jsonPath("$.items.length()")
			.isEqualTo(1);
		member.apply(this.client.put().uri("/api/collections/" + id + "/items/no-such-item"))
			.exchange()
			.expectAll(problem(HttpStatus.NOT_FOUND));

		String token = member.apply(this.client.post().uri("/api/collections/" + id + "/share"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("shareToken")
			.asString();
		assertThat(token).hasSizeGreaterThanOrEqualTo(32);

		JsonNode shared = Responses.okJson(this.client.get().uri("/api/shared-collections/" + token));
		assertThat(shared.get("name").asString()).isEqualTo("voor de teamvergadering");
		assertThat(shared.at("/items/0/id").asString()).isEqualTo(itemId);
		assertThat(shared.has("owner")).isFalse();
		assertThat(shared.has("shareToken")).isFalse();

		member.apply(this.client.delete().uri("/api/collections/" + id + "/share")).exchange().expectStatus().isOk();
		this.client.get().uri("/api/shared-collections/" + token).exchange().expectAll(problem(HttpStatus.NOT_FOUND));
	}

	@Test
	void aCollectionIsItsOwnersAloneAndBadInputNamesTheField() {
		Logins.Session owner = Logins.login(this.client, Logins.person("keeper-" + UUID.randomUUID(), "MEMBER"));
		Logins.Session other = Logins.login(this.client, Logins.person("stranger-" + UUID.randomUUID(), "MEMBER"));
		owner.apply(this.client.post().uri("/api/collections"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\": \"   \"}")
			.exchange()
			.expectAll(problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
		String id = Responses.createdId(owner.apply(this.client.post().uri("/api/collections")),
				"{\"name\": \"Mijn lijst\"}");

		other.apply(this.client.get().uri("/api/collections/" + id)).exchange().expectAll(problem(HttpStatus.NOT_FOUND));
		other.apply(this.client.put().uri("/api/collections/" + id))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\": \"Overgenomen\"}")
			.exchange()
			.expectAll(problem(HttpStatus.NOT_FOUND));
		other.apply(this.client.post().uri("/api/collections/" + id + "/share"))
			.exchange()
			.expectAll(problem(HttpStatus.NOT_FOUND));
		other.apply(this.client.delete().uri("/api/collections/" + id)).exchange().expectAll(problem(HttpStatus.NOT_FOUND));

		owner.apply(this.client.put().uri("/api/collections/" + id))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\": \"" + "x".repeat(101) + "\"}")
			.exchange()
			.expectAll(problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("name");
		owner.apply(this.client.put().uri("/api/collections/" + id))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"name\": \"Hernoemd\"}")
			.exchange()
			.expectStatus()
			.isOk();
		owner.apply(this.client.get().uri("/api/collections"))
			.exchange()
			.expectBody()
			.jsonPath("$.collections[0].name")
			.isEqualTo("Hernoemd");
		owner.apply(this.client.get().uri("/api/me/data"))
			.exchange()
			.expectBody()
			.jsonPath("$.collections[0].name")
			.isEqualTo("Hernoemd");

		owner.apply(this.client.delete().uri("/api/me")).exchange().expectStatus().is2xxSuccessful();
		Logins.Session again = Logins.login(this.client, owner.person());
		again.apply(this.client.get().uri("/api/collections"))
			.exchange()
			.expectBody()
			.jsonPath("$.collections.length()")
			.isEqualTo(0);
	}

	private String createItem(Logins.Session editor, String title) {
		return Items.createdId(this.client, editor, Items.item(title));
	}

}
