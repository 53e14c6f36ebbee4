package nl.ouderbetrokkenheid.portal.events;

import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.Responses;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The events API as the app calls it, for integration tests: create, publish, register, and reading JSON answers.
 */
final class EventHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebTestClient client;

	EventHttp(WebTestClient client) {
		this.client = client;
	}

	static JsonNode json(byte[] body) {
		return JSON.readTree(body);
	}

	static String idOf(byte[] body) {
		return json(body).get("id").asString();
	}

	/** Creates an event from the JSON body; answers its id. */
	String create(Logins.Session organiser, String body) {
		return Responses.createdId(organiser.apply(this.client.post().uri("/api/events")), body);
	}

	String createPublished(Logins.Session organiser, String body) {
		String id = create(organiser, body);
		organiser.apply(this.client.post().uri("/api/events/" + id + "/publish")).exchange().expectStatus().isOk();
		return id;
	}

	WebTestClient.ResponseSpec register(Logins.Session member, String eventId, String body) {
		return member.apply(this.client.post().uri("/api/events/" + eventId + "/registrations"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	/** The event's current ETag, as the organiser loads it (drafts are only visible to them). */
	String etag(Logins.Session organiser, String eventId) {
		return Responses.okVersion(organiser.apply(this.client.get().uri("/api/events/" + eventId)).exchange());
	}

	WebTestClient.ResponseSpec update(Logins.Session organiser, String eventId, String etag, String body) {
		WebTestClient.RequestBodySpec put = organiser.apply(this.client.put().uri("/api/events/" + eventId));
		if (etag != null) {
			put.header("If-Match", etag);
		}
		return put.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	JsonNode get(Logins.Session session, String path) {
		WebTestClient.RequestHeadersSpec<?> spec = this.client.get().uri(path);
		if (session != null) {
			session.apply(spec);
		}
		return json(spec.exchange().expectStatus().isOk().expectBody().returnResult().getResponseBody());
	}

}
