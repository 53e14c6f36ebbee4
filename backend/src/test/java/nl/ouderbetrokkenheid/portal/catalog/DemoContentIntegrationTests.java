package nl.ouderbetrokkenheid.portal.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
@TestPropertySource(properties = { "portal.demo.enabled=true", "portal.elasticsearch.prefix=demo-it-" })
class DemoContentIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private WebTestClient client;

	@Autowired
	private DemoContent demo;

	@Test
	void everyDemoItemLoadsAndCoversTheModel() throws IOException {
		long lines = new String(new ClassPathResource("demo/items.ndjson").getContentAsByteArray(), StandardCharsets.UTF_8)
			.lines()
			.filter(line -> !line.isBlank())
			.count();
		JsonNode all = get("/api/search?size=1");
		// The demo experts' published articles join the catalogue as publications.
		long articles = get("/api/articles").get("articles").size();
		assertThat(all.get("total").asLong()).isEqualTo(lines + articles).isGreaterThanOrEqualTo(150);
		all.get("facets").get("sector").forEach(sector -> assertThat(sector.get("count").asLong()).isGreaterThanOrEqualTo(15));
		all.get("facets").get("type").forEach(type -> assertThat(type.get("count").asLong()).isPositive());
		get("/api/model").get("cells").forEach(cell -> assertThat(cell.get("count").asLong()).isGreaterThanOrEqualTo(3));
		assertThat(get("/api/search?q=kinderen").get("total").asLong()).isPositive();
	}

	@Test
	void loadingAgainDoesNotBringBackWhatAnEditorDeleted() {
		JsonNode first = get("/api/search?size=1&sort=newest").get("items").get(0);
		Logins.Session editor = Logins.login(this.client, Logins.person("demo-editor-" + UUID.randomUUID(), "EDITOR"));
		editor.apply(this.client.delete().uri("/api/items/" + first.get("id").asString())).exchange().expectStatus().isNoContent();
		long total = get("/api/search?size=1").get("total").asLong();

		this.demo.load().block(Duration.ofMinutes(1));

		this.client.get().uri("/api/items/" + first.get("slug").asString()).exchange().expectStatus().isNotFound();
		assertThat(get("/api/search?size=1").get("total").asLong()).isEqualTo(total);
	}

	private JsonNode get(String uri) {
		return JSON.readTree(this.client.get().uri(uri).exchange().expectStatus().isOk().expectBody().returnResult()
			.getResponseBodyContent());
	}

}
