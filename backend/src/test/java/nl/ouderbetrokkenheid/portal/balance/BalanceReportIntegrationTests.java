package nl.ouderbetrokkenheid.portal.balance;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.pdf.PdfText;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The results as a PDF, read back with another library than the one that wrote them. */
@PortalIntegrationTest
class BalanceReportIntegrationTests {

	@Autowired
	private WebTestClient client;

	private BalanceHttp http() {
		return new BalanceHttp(this.client);
	}

	private Logins.Session member(String name) {
		return http().member(name);
	}

	@Test
	void aSavedScanPrintsItsGridBalanceAndWeakestCellsInEitherLanguage() {
		Logins.Session owner = member("printer");
		String id = http().ok(owner, HttpMethod.POST, "/api/balance/scans",
				BalanceHttp.scan(Level.SECURED, "SOCIETAL/BUILDING", Level.NOT_YET))
			.get("id")
			.asString();

		PdfText dutch = PdfText.of(pdf(owner, "/api/balance/scans/" + id + "/report.pdf"));
		assertThat(dutch.all()).contains("Balansscan", "Het model: score per cel", "Balans per partnerschap",
				"Zwakste cellen", "Maatschappelijk partnerschap", "4,0", "1,0");
		PdfText english = PdfText.of(pdf(owner, "/api/balance/scans/" + id + "/report.pdf?lang=en"));
		assertThat(english.all()).contains("Balance scan", "Weakest cells", "Societal partnership");

		http().send(member("stranger"), HttpMethod.GET, "/api/balance/scans/" + id + "/report.pdf", null)
			.expectStatus()
			.isNotFound();
		http().send(owner, HttpMethod.GET, "/api/balance/scans/" + id + "/report.pdf?lang=fr", null)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("lang");
	}

	@Test
	void aTeamsReportHoldsItsActionPlan() {
		Logins.Session owner = member("lead");
		JsonNode team = http().ok(owner, HttpMethod.POST, "/api/balance/teams", Map.of("name", "Kindcentrum De Boog"));
		String path = "/api/balance/teams/" + team.get("id").asString();
		http().ok(owner, HttpMethod.PUT, path + "/answers", BalanceHttp.scan(Level.UNDERWAY, "FORMAL/ICT", Level.STARTING));
		String action = "Ouderpanel over de schoolapp " + UUID.randomUUID().toString().substring(0, 6);
		http().ok(owner, HttpMethod.POST, path + "/actions", Map.of("partnership", "FORMAL", "aspect", "ICT", "text",
				action, "due", LocalDate.now().plusDays(30).toString()));

		PdfText report = PdfText.of(pdf(owner, path + "/report.pdf"));
		assertThat(report.all()).contains("Kindcentrum De Boog", "ronde 1", "Actieplan", action);
		http().send(member("outsider"), HttpMethod.GET, path + "/report.pdf", null).expectStatus().isNotFound();
	}

	private byte[] pdf(Logins.Session session, String uri) {
		return http().send(session, HttpMethod.GET, uri, null)
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectHeader()
			.value("Content-Disposition", value -> assertThat(value).startsWith("attachment"))
			.expectBody()
			.returnResult()
			.getResponseBody();
	}

}
