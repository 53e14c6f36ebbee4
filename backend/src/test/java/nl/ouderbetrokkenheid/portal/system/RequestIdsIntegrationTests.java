package nl.ouderbetrokkenheid.portal.system;

import java.nio.charset.StandardCharsets;

import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer names its request id, and a problem answer carries the same id in its body, whichever layer wrote it
 * (a controller's error, a validation error, security's refusal), so a person's error report leads to the log lines.
 */
@PortalIntegrationTest
class RequestIdsIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private WebTestClient client;

	@Test
	void problemAnswersCarryTheIdOfTheirResponseHeader() {
		// A controller's PortalException (404), bean validation of a parameter (400), security's 401.
		for (EntityExchangeResult<byte[]> result : new EntityExchangeResult[] {
				this.client.get().uri("/api/items/no-such-item-anywhere").exchange().expectBody().returnResult(),
				this.client.get().uri("/api/search?size=99999").exchange().expectBody().returnResult(),
				this.client.post()
					.uri("/api/items")
					.contentType(MediaType.APPLICATION_JSON)
					.bodyValue("{}")
					.exchange()
					.expectBody()
					.returnResult() }) {
			assertThat(result.getStatus().is4xxClientError()).as(result.getUrl().toString()).isTrue();
			String id = result.getResponseHeaders().getFirst(RequestIds.HEADER);
			assertThat(id).as(result.getUrl().toString()).matches("[0-9a-f]{32}");
			JsonNode problem = JSON.readTree(new String(result.getResponseBody(), StandardCharsets.UTF_8));
			assertThat(problem.path("requestId").asString()).as(result.getUrl().toString()).isEqualTo(id);
		}
	}

	@Test
	void theProxysIdIsKeptSoItsAccessLogAndOurLogsAgree() {
		this.client.get()
			.uri("/api/items/no-such-item-anywhere")
			.header(RequestIds.HEADER, "0123456789abcdef0123456789abcdef")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.valueEquals(RequestIds.HEADER, "0123456789abcdef0123456789abcdef")
			.expectBody()
			.jsonPath("$.requestId")
			.isEqualTo("0123456789abcdef0123456789abcdef");
		this.client.get()
			.uri("/api/status")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueMatches(RequestIds.HEADER, "[0-9a-f]{32}");
	}

}
