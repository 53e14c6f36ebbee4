package nl.ouderbetrokkenheid.portal.system;

import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class StatusIntegrationTests {

	@Autowired
	private WebTestClient client;

	@Test
	void statusReportsBackendAndElasticsearchUp() {
		up("/api/status").jsonPath("$.components.backend.status")
			.isEqualTo("UP")
			.jsonPath("$.components.elasticsearch.status")
			.isEqualTo("UP")
			.jsonPath("$.components.elasticsearch.version")
			.value(version -> assertThat(version.toString()).startsWith("9."));
	}

	@Test
	void actuatorHealthIncludesElasticsearch() {
		up("/actuator/health").jsonPath("$.components.elasticsearch.status")
			.isEqualTo("UP");
	}

	/** Answers 200 with status UP; the body, for the components' statuses. */
	private WebTestClient.BodyContentSpec up(String uri) {
		return this.client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

}
