package nl.ouderbetrokkenheid.portal.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.testsupport.EchoController;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field error carries a stable {@code code} (and the limit it broke), so clients can say what is wrong in the
 * reader's language instead of showing the server's English message.
 */
@PortalIntegrationTest
@Import(EchoController.class)
class ProblemCodesIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private WebTestClient client;

	@Test
	void bodyValidationNamesTheBrokenConstraintAndItsLimit() {
		Logins.Session session = Logins.login(this.client, Logins.person("codes-" + UUID.randomUUID(), "MEMBER"));
		Map<String, JsonNode> errors = errorsOf(session.apply(this.client.post().uri("/api/test/echo"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"title\": \" \", \"summary\": \"far too long a summary\", \"copies\": 0}"));

		assertThat(errors.get("title").get("code").asString()).isEqualTo("required");
		assertThat(errors.get("summary").get("code").asString()).isEqualTo("too-long");
		assertThat(errors.get("summary").get("max").asLong()).isEqualTo(10);
		assertThat(errors.get("copies").get("code").asString()).isEqualTo("out-of-range");
		assertThat(errors.get("copies").get("min").asLong()).isEqualTo(1);
		assertThat(errors.get("copies").has("max")).isFalse();
	}

	@Test
	void parametersOutOfRangeOrNotNumbersHaveTheirOwnCodes() {
		JsonNode tooBig = errorsOf(this.client.get().uri("/api/test/page?size=101")).get("size");
		assertThat(tooBig.get("code").asString()).isEqualTo("out-of-range");
		assertThat(tooBig.get("max").asLong()).isEqualTo(100);

		assertThat(errorsOf(this.client.get().uri("/api/test/page?size=lots")).get("size").get("code").asString())
			.isEqualTo("not-a-number");
	}

	@Test
	void rulesCheckedByHandCarryCodesToo() {
		Map<String, JsonNode> errors = errorsOf(
				this.client.get().uri("/api/search?sector=NO_SUCH_SECTOR&sort=oldest&from=yesterday"));

		assertThat(errors.get("sector").get("code").asString()).isEqualTo("unknown-code");
		assertThat(errors.get("sort").get("code").asString()).isEqualTo("not-an-option");
		assertThat(errors.get("from").get("code").asString()).isEqualTo("not-a-date");
	}

	@Test
	void serviceValidationGivesCodesForFormatsListsAndTaxonomy() {
		Logins.Session expert = Logins.login(this.client, Logins.person("codes-" + UUID.randomUUID(), "EXPERT"));
		Map<String, JsonNode> errors = errorsOf(expert.apply(this.client.put().uri("/api/experts/me"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("photoUrl", "http://not-secure.example/me.jpg", "sectors",
					List.of("SPORT", "CARE", "VVE", "EDUCATION", "CHILDCARE", "SPORT"), "region",
					"ATLANTIS")));

		assertThat(errors.get("photoUrl").get("code").asString()).isEqualTo("invalid-format");
		assertThat(errors.get("sectors").get("code").asString()).isEqualTo("too-many");
		assertThat(errors.get("sectors").get("max").asLong()).isEqualTo(5);
		assertThat(errors.get("region").get("code").asString()).isEqualTo("unknown-code");
	}

	/** The problem's field errors by field (the first error of each), after checking it is a validation problem. */
	private static Map<String, JsonNode> errorsOf(WebTestClient.RequestHeadersSpec<?> request) {
		byte[] body = request.exchange()
			.expectAll(problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/validation")
			.returnResult()
			.getResponseBodyContent();
		Map<String, JsonNode> errors = new LinkedHashMap<>();
		JSON.readTree(body).get("errors").forEach(error -> errors.putIfAbsent(error.get("field").asString(), error));
		return errors;
	}

}
