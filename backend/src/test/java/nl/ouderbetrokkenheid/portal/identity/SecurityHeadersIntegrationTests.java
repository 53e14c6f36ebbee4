package nl.ouderbetrokkenheid.portal.identity;

import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class SecurityHeadersIntegrationTests {

	@Autowired
	private WebTestClient client;

	@Test
	void everyResponseCarriesTheSecurityHeaders() {
		for (String path : new String[] { "/api/status", "/api/does-not-exist", "/actuator/health" }) {
			this.client.get()
				.uri(path)
				.exchange()
				.expectHeader()
				.value("Content-Security-Policy",
						csp -> assertThat(csp).contains("script-src 'self'")
							.contains("frame-ancestors 'none'")
							.doesNotContain("unsafe-inline"))
				.expectHeader()
				.valueEquals("X-Content-Type-Options", "nosniff")
				.expectHeader()
				.valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
				.expectHeader()
				.valueEquals("X-Frame-Options", "DENY")
				.expectHeader()
				.doesNotExist("Strict-Transport-Security");
		}
	}

	@Test
	void httpsRequestsGetStrictTransportSecurity() {
		this.client.get()
			.uri("/api/status")
			.header("X-Forwarded-Proto", "https")
			.exchange()
			.expectHeader()
			.value("Strict-Transport-Security", hsts -> assertThat(hsts).contains("max-age="));
	}

}
