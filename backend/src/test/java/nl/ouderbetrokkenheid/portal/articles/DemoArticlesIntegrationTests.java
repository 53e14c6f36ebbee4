package nl.ouderbetrokkenheid.portal.articles;

import java.time.Duration;

import nl.ouderbetrokkenheid.portal.support.Articles;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

// The same properties as DemoContentIntegrationTests, so both share one application context.
@PortalIntegrationTest
@TestPropertySource(properties = { "portal.demo.enabled=true", "portal.elasticsearch.prefix=demo-it-" })
class DemoArticlesIntegrationTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private DemoArticles demo;

	@Test
	void theDemoExpertsHavePublishedArticlesFoundBySearchAndLoadingAgainAddsNothing() {
		JsonNode esther = Articles.get(this.client, null, "/api/experts?q=Esther").get("experts").get(0);
		assertThat(esther.get("name").asString()).isEqualTo("Dr. Esther Expert");
		assertThat(esther.get("demo").asBoolean()).isTrue();
		assertThat(Articles.get(this.client, null, "/api/experts").get("total").asLong()).isEqualTo(3);
		JsonNode all = Articles.get(this.client, null, "/api/articles").get("articles");
		assertThat(all.size()).isGreaterThanOrEqualTo(4);
		all.forEach(article -> assertThat(article.get("demo").asBoolean()).isTrue());
		JsonNode hers = Articles.get(this.client, null, "/api/articles?author=" + esther.get("slug").asString());
		assertThat(hers.get("articles").size()).isEqualTo(2);
		assertThat(Articles.get(this.client, null, "/api/search?q=medezeggenschapsraad&type=PUBLICATION").get("total")
			.asLong()).isPositive();

		this.demo.load().block(Duration.ofMinutes(1));

		assertThat(Articles.get(this.client, null, "/api/articles").get("articles").size()).isEqualTo(all.size());
	}

}
