package nl.ouderbetrokkenheid.portal.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Items;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search engines and link-preview bots see: each public page's head, read with a real HTML parser; the
 * sitemap, robots.txt and the Atom feeds.
 */
@PortalIntegrationTest
class PublicPagesIntegrationTests {

	private static final Path APP = builtApp();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private WebTestClient client;

	private Logins.Session editor;

	@DynamicPropertySource
	static void app(DynamicPropertyRegistry registry) {
		registry.add("portal.web.app-location", () -> APP.toUri().toString());
		registry.add("portal.web.public-url", () -> "https://portaal.example/");
	}

	@BeforeEach
	void logIn() {
		this.editor = Logins.login(this.client, Logins.person("editor-" + UUID.randomUUID(), "EDITOR"));
	}

	@Test
	void anItemPageTellsWhatItIsAbout() {
		String title = "Ouders & \"leerkrachten\" </script><b>samen</b> " + UUID.randomUUID();
		JsonNode item = create(Items.with(Items.item(title), "summary", "Een ouderkamer die elke week open is.",
				"partnerships", List.of("PEDAGOGIC")));
		String slug = item.get("slug").asString();

		Document page = page("/items/" + slug, HttpStatus.OK);
		assertThat(page.title()).isEqualTo(title + " | Kennisportaal Ouderbetrokkenheid");
		assertThat(page.select("meta[name=description]").attr("content"))
			.isEqualTo("Een ouderkamer die elke week open is.");
		assertThat(page.select("meta[name=description]")).as("one description, the page's").hasSize(1);
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://portaal.example/items/" + slug);
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(title);
		assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
		assertThat(page.select("meta[property=og:url]").attr("content"))
			.isEqualTo("https://portaal.example/items/" + slug);
		assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
		assertThat(page.select("b")).as("the title's markup stays text").isEmpty();
		assertThat(page.select("#root")).as("the app still starts").hasSize(1);

		JsonNode ld = JSON.readTree(page.select("script[type=application/ld+json]").getFirst().data());
		assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(ld.get("@type").asString()).isEqualTo("Article");
		assertThat(ld.get("headline").asString()).isEqualTo(title);
		assertThat(ld.get("about").get(0).asString()).isEqualTo("Pedagogisch partnerschap");
		assertThat(ld.get("url").asString()).isEqualTo("https://portaal.example/items/" + slug);
	}

	@Test
	void anAddressThatNamesNoPageAnswers404AndStaysOutOfSearchEngines() {
		Document page = page("/items/bestaat-niet-" + UUID.randomUUID(), HttpStatus.NOT_FOUND);
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select("link[rel=canonical]")).isEmpty();
		assertThat(page.select("#root")).as("the app says what is missing").hasSize(1);
	}

	@Test
	void otherAppPagesGetThePortalsHead() {
		Document page = page("/zoeken?q=ouders", HttpStatus.OK);
		assertThat(page.title()).isEqualTo("Kennisportaal Ouderbetrokkenheid");
		assertThat(page.select("link[rel=canonical]").attr("href")).as("the query makes no other page")
			.isEqualTo("https://portaal.example/zoeken");
		assertThat(page.select("link[rel=alternate][type=application/atom+xml]")).isNotEmpty();
	}

	@Test
	void theSitemapListsPublishedItemsAndRobotsPointToIt() {
		String slug = create(Items.item("Sitemap-voorbeeld " + UUID.randomUUID())).get("slug").asString();
		String hidden = create(Items.with(Items.item("Nog niet gepubliceerd " + UUID.randomUUID()), "published", false))
			.get("slug")
			.asString();

		Document index = xml("/sitemap.xml");
		List<String> sitemaps = index.select("sitemap > loc").eachText();
		assertThat(sitemaps).contains("https://portaal.example/sitemaps/pages.xml",
				"https://portaal.example/sitemaps/items-1.xml");
		List<String> items = xml("/sitemaps/items-1.xml").select("url > loc").eachText();
		assertThat(items).contains("https://portaal.example/items/" + slug)
			.doesNotContain("https://portaal.example/items/" + hidden);
		assertThat(xml("/sitemaps/pages.xml").select("url > loc").eachText())
			.contains("https://portaal.example/", "https://portaal.example/bijeenkomsten");
		this.client.get().uri("/sitemaps/items-99.xml").exchange().expectStatus().isNotFound();

		String robots = this.client.get().uri("/robots.txt").exchange().expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(robots).contains("Sitemap: https://portaal.example/sitemap.xml").contains("Disallow: /api/");
	}

	@Test
	void theItemFeedFollowsItsFilterAndNamesBadOnes() {
		String marker = UUID.randomUUID().toString();
		create(Items.with(Items.item("Feed-opvang " + marker), "sectors", List.of("CHILDCARE"),
				"partnerships", List.of("PEDAGOGIC")));
		create(Items.with(Items.item("Feed-onderwijs " + marker), "sectors", List.of("EDUCATION"),
				"partnerships", List.of("PEDAGOGIC")));

		Document feed = xml("/feeds/items.atom?partnership=PEDAGOGIC&sector=CHILDCARE");
		assertThat(feed.select("feed > title").text()).contains("pedagogisch partnerschap");
		assertThat(feed.select("entry > title").eachText()).contains("Feed-opvang " + marker)
			.doesNotContain("Feed-onderwijs " + marker);
		assertThat(feed.select("feed > id").text())
			.isEqualTo("https://portaal.example/feeds/items.atom?partnership=PEDAGOGIC&sector=CHILDCARE");

		this.client.get()
			.uri("/feeds/items.atom?sector=MOON")
			.exchange()
			.expectAll(problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("sector");
		this.client.get().uri("/feeds/events.atom").exchange().expectStatus().isOk().expectHeader()
			.contentTypeCompatibleWith("application/atom+xml");
	}

	private JsonNode create(Map<String, Object> item) {
		return JSON.readTree(Items.create(this.client, this.editor, item).getResponseBody());
	}

	private Document page(String uri, HttpStatus status) {
		String html = this.client.get().uri(uri).accept(MediaType.TEXT_HTML).exchange().expectStatus()
			.isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
		return Jsoup.parse(html);
	}

	private Document xml(String uri) {
		String xml = this.client.get().uri(uri).exchange().expectStatus().isOk().expectBody(String.class)
			.returnResult().getResponseBody();
		return Jsoup.parse(xml, "", Parser.xmlParser());
	}

	private static Path builtApp() {
		try {
			Path app = Files.createTempDirectory("portal-app");
			Files.writeString(app.resolve("index.html"), """
					<!doctype html>
					<html lang="nl">
					  <head>
					    <meta charset="UTF-8" />
					    <meta name="description" content="Het portaal." />
					    <title>Kennisportaal Ouderbetrokkenheid</title>
					  </head>
					  <body><div id="root"></div></body>
					</html>
					""");
			return app;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
