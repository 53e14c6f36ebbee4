package nl.ouderbetrokkenheid.portal.articles;

import java.util.UUID;

import nl.ouderbetrokkenheid.portal.pdf.PdfText;
import nl.ouderbetrokkenheid.portal.support.Articles;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.Markers;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.problem;
import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class ArticlePdfIntegrationTests {

	private static final String BODY = """
			## Aanpak

			We spraken met ouders over **leren** en *opvoeden*.

			- Startgesprekken in september
			- Een vaste contactpersoon

			1. Eerst luisteren
			2. Dan afspreken
			""";

	@Autowired
	private WebTestClient client;

	private Logins.Session expert;

	private Logins.Session editor;

	private String marker;

	@BeforeEach
	void logIn() {
		this.expert = Logins.login(this.client, Logins.person("pdf-expert-" + UUID.randomUUID(), "EXPERT"));
		this.editor = Logins.login(this.client, Logins.person("pdf-editor-" + UUID.randomUUID(), "EDITOR"));
		this.marker = Markers.word("pq");
	}

	@Test
	void aPublishedArticleDownloadsAsAPdfWithTitleAuthorDateAndBodyForAnyone() {
		String title = "Ouders aan tafel " + this.marker;
		Articles.Versioned article = Articles.create(this.client, this.expert,
				Articles.article(title, BODY + "\nŞükrü en Łucja schoven aan. " + this.marker));
		Articles.step(this.client, this.expert, article.id(), "submit", null).expectStatus().isOk();
		Articles.step(this.client, this.editor, article.id(), "publish", null).expectStatus().isOk();

		EntityExchangeResult<byte[]> result = download(Logins.anonymous(this.client),
				"/api/articles/" + article.slug() + "/pdf");

		assertThat(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"" + article.slug() + ".pdf\"");
		assertThat(result.getResponseHeaders().getCacheControl()).contains("no-store");
		PdfText pdf = PdfText.of(result.getResponseBody());
		assertThat(pdf.title()).isEqualTo(title);
		assertThat(pdf.pageWidth(1)).isCloseTo(595.3f, Offset.offset(1f));
		assertThat(pdf.all()).contains(title, "Een artikel van een expert (test).",
				"Door " + this.expert.person().name() + " · gepubliceerd op ", "Aanpak",
				"We spraken met ouders over leren en opvoeden.", "Startgesprekken in september",
				"Een vaste contactpersoon", "1. Eerst luisteren", "2. Dan afspreken",
				"Şükrü en Łucja schoven aan. " + this.marker, "Informeel partnerschap", "Bronnen", "Bron");

		PdfText english = PdfText.of(download(Logins.anonymous(this.client),
				"/api/articles/" + article.slug() + "/pdf?lang=en").getResponseBody());
		assertThat(english.all()).contains("By " + this.expert.person().name() + " · published ",
				"Informal partnership", "References", "We spraken met ouders over leren en opvoeden.");
	}

	@Test
	void anUnpublishedArticleIsTheAuthorsAndEditorsToDownloadAndNotThereForAnyoneElse() {
		Articles.Versioned draft = Articles.create(this.client, this.expert,
				Articles.article("Concept " + this.marker, BODY));
		String uri = "/api/articles/" + draft.slug() + "/pdf";

		assertThat(PdfText.of(download(this.expert, uri).getResponseBody()).all()).contains("Concept " + this.marker,
				"niet gepubliceerd", "Startgesprekken in september");
		assertThat(PdfText.of(download(this.editor, uri).getResponseBody()).all()).contains("Concept " + this.marker);
		Logins.Session otherExpert = Logins.login(this.client,
				Logins.person("pdf-other-" + UUID.randomUUID(), "EXPERT"));
		for (Logins.Session stranger : new Logins.Session[] { Logins.anonymous(this.client), otherExpert }) {
			stranger.apply(this.client.get().uri(uri)).exchange().expectAll(problem(HttpStatus.NOT_FOUND));
		}
	}

	@Test
	void anUnknownLanguageIsA400NamingTheParameterAndAnUnknownArticleA404() {
		this.client.get()
			.uri("/api/articles/bestaat-niet-" + this.marker + "/pdf?lang=fr")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("lang");
		this.client.get()
			.uri("/api/articles/bestaat-niet-" + this.marker + "/pdf")
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	private EntityExchangeResult<byte[]> download(Logins.Session session, String uri) {
		return PdfText.download(session.apply(this.client.get().uri(uri)));
	}

}
