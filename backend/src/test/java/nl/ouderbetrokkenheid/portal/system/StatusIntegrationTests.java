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
		this.client.get()
			.uri("/api/status")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.backend.status")
			.isEqualTo("UP")
			.jsonPath("$.components.elasticsearch.status")
			.isEqualTo("UP")
			.jsonPath("$.components.elasticsearch.version")
			.value(version -> assertThat(version.toString()).startsWith("9."));
	}

	@Test
	void actuatorHealthIncludesElasticsearch() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.elasticsearch.status")
			.isEqualTo("UP");
	}

}
