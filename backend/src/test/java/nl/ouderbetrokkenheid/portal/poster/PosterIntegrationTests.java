package nl.ouderbetrokkenheid.portal.poster;

import java.util.Locale;

import nl.ouderbetrokkenheid.portal.pdf.PdfText;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.problem;
import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class PosterIntegrationTests {

	/** A3 landscape in points: 420 x 297 mm. */
	private static final float A3_LONG = 1190.55f;

	private static final float A3_SHORT = 841.89f;

	@Autowired
	private WebTestClient client;

	@Autowired
	private Taxonomy taxonomy;

	@Test
	void theDutchPosterIsOneA3LandscapePageWithTheFivePartnershipsSixAspectsAndThirtyQuestions() {
		PdfText poster = poster("nl", "model-vijf-partnerschappen.pdf", "Het model van de vijf partnerschappen",
				Locale.of("nl"));
		assertThat(poster.written()).contains("Samen staan voor het leren van het kind");
	}

	@Test
	void theEnglishPosterSaysTheSameInEnglish() {
		PdfText poster = poster("en", "model-five-partnerships.pdf", "The model of the five partnerships", Locale.UK);
		assertThat(poster.written()).doesNotContain("Hoe leggen we laagdrempelig contact met de ouders?");
	}

	/** The poster in {@code lang}: downloaded under its file name, A3 landscape, with its title and the whole model. */
	private PdfText poster(String lang, String fileName, String title, Locale locale) {
		EntityExchangeResult<byte[]> result = download("/api/model/poster.pdf?lang=" + lang);
		assertThat(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"" + fileName + "\"");
		PdfText poster = PdfText.of(result.getResponseBody());
		assertA3Landscape(poster);
		assertThat(poster.title()).isEqualTo(title);
		assertShowsTheWholeModel(poster, locale);
		return poster;
	}

	@Test
	void withoutALanguageThePosterIsDutch() {
		assertThat(PdfText.of(download("/api/model/poster.pdf").getResponseBody()).title())
			.isEqualTo("Het model van de vijf partnerschappen");
	}

	@Test
	void anUnknownLanguageIsA400NamingTheParameter() {
		for (String lang : new String[] { "de", "NL", "", "nl,en" }) {
			this.client.get()
				.uri(uri -> uri.path("/api/model/poster.pdf").queryParam("lang", lang).build())
				.exchange()
				.expectAll(problem(HttpStatus.BAD_REQUEST))
				.expectBody()
				.jsonPath("$.errors[0].field")
				.isEqualTo("lang")
				.jsonPath("$.errors[0].code")
				.isEqualTo("not-an-option");
		}
	}

	@Test
	void aCacheHoldingThePosterRevalidatesItWithoutDownloadingItAgain() {
		EntityExchangeResult<byte[]> first = download("/api/model/poster.pdf?lang=en");
		String etag = first.getResponseHeaders().getETag();
		assertThat(first.getResponseHeaders().getCacheControl()).contains("public").contains("max-age=");
		assertThat(etag).isNotBlank();

		this.client.get()
			.uri("/api/model/poster.pdf?lang=en")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange()
			.expectStatus()
			.isNotModified();
		assertThat(download("/api/model/poster.pdf?lang=nl").getResponseHeaders().getETag()).isNotEqualTo(etag);
	}

	private EntityExchangeResult<byte[]> download(String uri) {
		return PdfText.download(this.client.get().uri(uri));
	}

	private static void assertA3Landscape(PdfText poster) {
		assertThat(poster.pages()).isEqualTo(1);
		assertThat(poster.pageWidth(1)).isCloseTo(A3_LONG, Offset.offset(1f));
		assertThat(poster.pageHeight(1)).isCloseTo(A3_SHORT, Offset.offset(1f));
	}

	private void assertShowsTheWholeModel(PdfText poster, Locale language) {
		Taxonomy.Codes codes = this.taxonomy.codes();
		assertThat(codes.cells()).hasSize(30);
		assertThat(codes.partnerships()).hasSize(5);
		assertThat(codes.aspects()).hasSize(6);
		String text = poster.written(); // cell by cell, not across the columns
		codes.cells().forEach(cell -> assertThat(text).contains(cell.question(language)));
		codes.partnerships().forEach(partnership -> assertThat(text).contains(partnership.label(language)));
		codes.aspects().forEach(aspect -> assertThat(text).contains(aspect.label(language)));
	}

}
