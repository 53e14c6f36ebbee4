package nl.ouderbetrokkenheid.portal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Items;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search quality, measured the way search teams do: the demo catalogue plus a second content set written for this
 * purpose, and hand-judged queries in the words teachers, pedagogical staff and coaches type (see
 * src/test/resources/search-eval/README.md). Prints success@1, success@3, MRR, nDCG@10 and the zero-result rate
 * per category and overall (also to target/search-eval/), and fails when overall success@3 drops below, or the
 * zero-result rate rises above, the recorded baseline. {@code bin/eval-search} runs it; {@code --record} records a
 * new baseline after an improvement.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.elasticsearch.prefix=search-eval-")
class SearchQualityIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SET = "/search-eval/";

	private static final Path BASELINE = Path.of("src/test/resources/search-eval/baseline.json");

	private static final Path REPORT = Path.of("target/search-eval");

	@Autowired
	private WebTestClient client;

	@Test
	void judgedQueriesFindWhatTheyShouldAtLeastAsWellAsTheBaseline() throws IOException {
		Map<String, String> externalIdByTitle = load("/demo/items.ndjson", SET + "items.ndjson");
		List<SearchQuality.Outcome> outcomes = new ArrayList<>();
		for (String file : List.of("queries-demo.ndjson", "queries-eval.ndjson")) {
			for (JsonNode query : lines(SET + file)) {
				outcomes.add(run(query, externalIdByTitle));
			}
		}
		Map<String, SearchQuality.Figures> figures = SearchQuality.figures(outcomes);
		report(outcomes, figures);

		SearchQuality.Figures overall = figures.get("overall");
		if (Boolean.getBoolean("search.eval.record")) {
			Files.writeString(BASELINE, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(figures) + "\n");
			return;
		}
		JsonNode baseline = JSON.readTree(Files.readString(BASELINE)).get("overall");
		assertThat(overall.successAt3()).as("overall success@3 against the baseline")
			.isGreaterThanOrEqualTo(baseline.get("successAt3").asDouble() - 1e-9);
		assertThat(overall.zeroResults()).as("overall zero-result rate against the baseline")
			.isLessThanOrEqualTo(baseline.get("zeroResults").asDouble() + 1e-9);
	}

	/** Imports the content sets as an editor would; answers each item's external id by its (unique) title. */
	private Map<String, String> load(String... resources) {
		Logins.Session editor = Logins.login(this.client, Logins.person("eval-editor-" + UUID.randomUUID(), "EDITOR"));
		Map<String, String> externalIdByTitle = new HashMap<>();
		for (String resource : resources) {
			List<JsonNode> items = lines(resource);
			StringBuilder ndjson = new StringBuilder();
			for (JsonNode item : items) {
				String previous = externalIdByTitle.put(item.get("title").asString(), item.get("externalId").asString());
				assertThat(previous).as("titles are unique across the sets: " + item.get("title")).isNull();
				ndjson.append(JSON.writeValueAsString(item)).append('\n');
			}
			Items.imported(this.client, editor, ndjson.toString(), items.size());
		}
		return externalIdByTitle;
	}

	private SearchQuality.Outcome run(JsonNode query, Map<String, String> externalIdByTitle) {
		String text = query.get("query").asString();
		JsonNode filters = query.path("filters");
		byte[] body = this.client.get().uri(uri -> {
			uri.path("/api/search").queryParam("q", text).queryParam("size", SearchQuality.DEPTH);
			filters.properties().forEach(filter -> filter.getValue()
				.forEach(value -> uri.queryParam(filter.getKey(), value.asString())));
			return uri.build();
		}).exchange().expectStatus().isOk().expectBody().returnResult().getResponseBodyContent();
		JsonNode result = JSON.readTree(body);
		List<String> ranked = new ArrayList<>();
		result.get("items").forEach(item -> ranked.add(externalIdByTitle.getOrDefault(item.get("title").asString(), "?")));
		Map<String, Integer> relevant = new LinkedHashMap<>();
		query.get("relevant").properties().forEach(judged -> relevant.put(judged.getKey(), judged.getValue().asInt()));
		return new SearchQuality.Outcome(query.get("id").asString(), query.get("category").asString(), text, relevant,
				ranked, result.get("total").asLong());
	}

	private static void report(List<SearchQuality.Outcome> outcomes, Map<String, SearchQuality.Figures> figures)
			throws IOException {
		String table = SearchQuality.table(figures);
		System.out.println(table);
		Files.createDirectories(REPORT);
		Files.writeString(REPORT.resolve("report.txt"), table);
		Files.writeString(REPORT.resolve("figures.json"),
				JSON.writerWithDefaultPrettyPrinter().writeValueAsString(figures) + "\n");
		StringBuilder perQuery = new StringBuilder("id\tcategory\tfirst_hit\ttotal\tquery\ttop3\trelevant\n");
		for (SearchQuality.Outcome outcome : outcomes) {
			perQuery.append(String.join("\t", outcome.id(), outcome.category(), String.valueOf(outcome.firstHit()),
					String.valueOf(outcome.total()), outcome.query(),
					String.join(",", outcome.ranked().subList(0, Math.min(3, outcome.ranked().size()))),
					outcome.relevant().toString()))
				.append('\n');
		}
		Files.writeString(REPORT.resolve("queries.tsv"), perQuery.toString());
	}

	private static List<JsonNode> lines(String resource) {
		try (InputStream in = SearchQualityIntegrationTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			List<JsonNode> lines = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank()) {
					lines.add(JSON.readTree(line));
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
