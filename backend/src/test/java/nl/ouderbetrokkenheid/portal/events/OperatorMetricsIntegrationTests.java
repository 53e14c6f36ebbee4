package nl.ouderbetrokkenheid.portal.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.support.Responses;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators scrape from {@code /actuator/prometheus}: the named series exist, and the ones about searches,
 * registrations and requests move when people search and register. Only the scraper's account reads them.
 * (In this package for the events API helpers; the meters come from every feature.)
 */
@PortalIntegrationTest
class OperatorMetricsIntegrationTests {

	private static final String SCRAPE = "/actuator/prometheus";

	@Autowired
	private WebTestClient client;

	@Test
	void theScraperSeesNamedMetricsThatMoveWithSearchesAndRegistrations() {
		// A request timer exists once a request has completed: run alone, this test's first scrape may be the first.
		this.client.get().uri("/api/search?q=ouders").exchange().expectStatus().isOk();
		// The cached gauges fill in with their first round, just after start-up.
		String metrics = scrapeUntil("elasticsearch_breaker_limit_bytes{");
		assertThat(metrics).contains("http_server_requests_seconds_bucket{", "portal_search_seconds_bucket{",
				"portal_outbox_waiting{", "portal_outbox_failed{", "portal_outbox_oldest_waiting_age_seconds{",
				"portal_jobs_rounds_seconds_count{", "httpcomponents_httpclient_pool_total_connections{",
				"httpcomponents_httpclient_pool_total_pending{", "elasticsearch_breaker_estimated_bytes{",
				"elasticsearch_breaker_tripped_total{");
		assertThat(value(metrics, "portal_outbox_waiting", "")).isNotNaN();
		assertThat(metrics).containsPattern("portal_jobs_rounds_seconds_count\\{[^}]*name=\"Outbox meters\"");

		double missesBefore = value(metrics, "portal_search_seconds_count", "kind=\"text\",results=\"none\"");
		double confirmedBefore = value(metrics, "portal_registrations_total", "status=\"CONFIRMED\"");
		double routeBefore = value(metrics, "http_server_requests_seconds_count",
				"method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/search\"");

		this.client.get()
			.uri(uri -> uri.path("/api/search").queryParam("q", "qqxxzz" + UUID.randomUUID()).build())
			.exchange()
			.expectStatus()
			.isOk();
		EventHttp events = new EventHttp(this.client);
		Logins.Session organiser = Logins.login(this.client, Logins.person("metrics-org-" + UUID.randomUUID(), "ORGANISER"));
		String eventId = events.createPublished(organiser, EventTestData.json("Meetbare avond", 10));
		events.register(Logins.login(this.client, Logins.person("metrics-member-" + UUID.randomUUID(), "MEMBER")),
				eventId, "{\"answers\":{\"role\":\"Ouder\"}}")
			.expectStatus()
			.isCreated();

		// The server times a request once its answer is written, which can be just after the client has read it.
		String after = scrapeUntil("uri=\"/api/events/{id}/registrations\"");
		assertThat(value(after, "portal_search_seconds_count", "kind=\"text\",results=\"none\""))
			.isEqualTo(missesBefore + 1);
		assertThat(value(after, "portal_registrations_total", "status=\"CONFIRMED\"")).isEqualTo(confirmedBefore + 1);
		// Per route: the template, never the address with its query or ids.
		assertThat(value(after, "http_server_requests_seconds_count",
				"method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/search\""))
			.isGreaterThanOrEqualTo(routeBefore + 1);
		assertThat(after).contains("uri=\"/api/events/{id}/registrations\"").doesNotContain("qqxxzz", eventId);
	}

	@Test
	void nobodyButTheScraperReadsTheMetrics() {
		this.client.get()
			.uri(SCRAPE)
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Basic.*");
		this.client.get()
			.uri(SCRAPE)
			.headers(headers -> headers.setBasicAuth("prometheus", "wrong-password"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
		// A portal login, an administrator's included, is no way in: the scraper's account is the only one.
		Logins.Session admin = Logins.login(this.client, Logins.person("metrics-admin-" + UUID.randomUUID(), "ADMIN"));
		admin.apply(this.client.get().uri(SCRAPE)).exchange().expectStatus().isUnauthorized();
	}

	private String scrape() {
		// In the whole suite the shared context has served every route the tests call, each with its histogram, so a
		// scrape outgrows the test client's default 2 MB buffer (a real scraper streams it).
		return new String(Responses.ok(this.client.mutate()
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
			.build()
			.get()
			.uri(SCRAPE)
			.headers(headers -> headers.setBasicAuth("prometheus", PortalIntegrationTest.METRICS_PASSWORD))),
				StandardCharsets.UTF_8);
	}

	private String scrapeUntil(String expected) {
		Instant deadline = Instant.now().plusSeconds(30);
		String metrics = scrape();
		while (!metrics.contains(expected) && Instant.now().isBefore(deadline)) {
			metrics = scrape();
		}
		return metrics;
	}

	/** A sample's value; 0 when the series does not exist yet (a counter nobody incremented). */
	private static double value(String metrics, String name, String labels) {
		Pattern sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$");
		Matcher matcher = sample.matcher(metrics);
		while (matcher.find()) {
			String found = (matcher.group(1) != null) ? matcher.group(1) : "";
			if (found.contains(labels)) {
				return Double.parseDouble(matcher.group(2));
			}
		}
		return 0;
	}

}
