package nl.ouderbetrokkenheid.portal.articles;

import java.time.Duration;

import nl.ouderbetrokkenheid.portal.pdf.PdfText;
import nl.ouderbetrokkenheid.portal.support.Articles;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
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

	@Autowired
	private Taxonomy taxonomy;

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
		// Two demo articles and the one explaining the model.
		assertThat(hers.get("articles").size()).isEqualTo(3);
		assertThat(Articles.get(this.client, null, "/api/search?q=medezeggenschapsraad&type=PUBLICATION").get("total")
			.asLong()).isPositive();

		this.demo.load().block(Duration.ofMinutes(1));

		assertThat(Articles.get(this.client, null, "/api/articles").get("articles").size()).isEqualTo(all.size());
	}

	@Test
	void theArticleExplainingTheModelIsPublishedByTheDemoExpertWithAllThirtyQuestionsAndDownloadsAsAPdf() {
		String slug = "het-model-van-de-vijf-partnerschappen";
		JsonNode article = Articles.get(this.client, null, "/api/articles/" + slug);
		assertThat(article.get("title").asString()).isEqualTo(DemoArticles.MODEL_TITLE);
		assertThat(article.get("state").asString()).isEqualTo("PUBLISHED");
		assertThat(article.get("author").get("name").asString()).isEqualTo("Dr. Esther Expert");
		assertThat(article.get("partnerships").size()).isEqualTo(5);
		assertThat(article.get("aspects").size()).isEqualTo(6);
		String body = article.get("body").asString();
		this.taxonomy.codes().cells().forEach(cell -> assertThat(body).contains(cell.question()));
		this.taxonomy.codes().partnerships().forEach(partnership -> assertThat(body).contains(partnership.nl()));

		byte[] pdf = this.client.get()
			.uri("/api/articles/" + slug + "/pdf")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		String text = PdfText.of(pdf).all();
		assertThat(text).contains(DemoArticles.MODEL_TITLE, "Door Dr. Esther Expert", "Vijf partnerschappen, in balans");
		this.taxonomy.codes().cells().forEach(cell -> assertThat(text).contains(cell.question()));
	}

}
