package nl.ouderbetrokkenheid.portal.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Items;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static nl.ouderbetrokkenheid.portal.support.Items.item;
import static nl.ouderbetrokkenheid.portal.support.Items.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over a small corpus in indices of its own (own prefix), so counts are exact.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "portal.elasticsearch.prefix=search-it-")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private WebTestClient client;

	private Logins.Session editor;

	@BeforeAll
	void corpus() {
		this.editor = Logins.login(this.client, Logins.person("search-editor-" + UUID.randomUUID(), "EDITOR"));
		List<Map<String, Object>> items = List.of(
				with(item("Elk kind een stem"), "externalId", "s-1", "summary", "Leerlingenraad en ouders samen.",
						"partnerships", List.of("FORMAL"), "sectors", List.of("EDUCATION")),
				with(item("Een warme sfeer creëren bij de voordeur"), "externalId", "s-2", "body",
						"Zo creëren we een welkom gevoel voor alle ouders.", "partnerships", List.of("INFORMAL"),
						"aspects", List.of("CULTURE"), "sectors", List.of("CHILDCARE")),
				with(item("De medezeggenschapsraad uitgelegd"), "externalId", "s-3", "body",
						"Wat doet de medezeggenschapsraad en hoe praten ouders mee?", "partnerships", List.of("FORMAL"),
						"aspects", List.of("COMMUNICATION"), "type", "TOOL"),
				with(item("Ouderbetrokkenheid in de sportvereniging"), "externalId", "s-4", "body",
						"Trainers en ouders werken samen aan ouderbetrokkenheid langs de lijn.", "partnerships",
						List.of("SOCIETAL"), "sectors", List.of("SPORT"), "type", "PUBLICATION"),
				with(item("Nieuwsbrief die ouders lezen"), "externalId", "s-5", "body",
						"Een korte nieuwsbrief over het kind en de groep.", "partnerships", List.of("INFORMAL"),
						"aspects", List.of("ICT")),
				with(item("Huisbezoeken in de voorschool"), "externalId", "s-6", "body",
						"Pedagogisch medewerkers bezoeken gezinnen thuis.", "partnerships", List.of("PEDAGOGIC"),
						"sectors", List.of("VVE"), "region", "GRONINGEN"),
				with(item("Gesprekken over opvoeden"), "externalId", "s-7", "body",
						"Met ouders spreken over opvoeden en het welzijn van het kind.", "partnerships",
						List.of("PEDAGOGIC", "INFORMAL"), "sectors", List.of("CARE"), "region", "NATIONAL"),
				with(item("Ouderavond plannen"), "externalId", "s-9", "publishedAt", "2026-06-01", "body",
						"Zet de ouderavond in de nieuwsbrief. Een nieuwsbrief en nog eens de nieuwsbrief.",
						"partnerships", List.of("INFORMAL"), "aspects", List.of("ORGANISATION"), "sectors",
						List.of("CHILDCARE")),
				with(item("Taalactiviteiten thuis <script>alert(1)</script>"), "externalId", "s-8", "body",
						"Voorlezen thuis helpt kinderen met taal.", "partnerships", List.of("DIDACTIC"), "sectors",
						List.of("VVE", "EDUCATION")));
		Items.imported(this.client, this.editor, Items.ndjson(items), items.size());
	}

	@Test
	void dutchStemmingFindsKindForKinderen() {
		assertThat(titles(search("q=kinderen"))).contains("Elk kind een stem");
	}

	@Test
	void diacriticsAreFolded() {
		assertThat(titles(search("q=creeren"))).containsExactly("Een warme sfeer creëren bij de voordeur");
	}

	@Test
	void synonymsFromTheEditableListApplyAtOnce() {
		JsonNode before = get("/api/search/synonyms");
		assertThat(titles(search("q=MR"))).containsExactly("De medezeggenschapsraad uitgelegd");
		assertThat(search("q=voordeurbeleid").get("total").asLong()).isZero();
		try {
			putSynonyms("{\"groups\":[\"MR, medezeggenschapsraad\",\"voordeurbeleid, voordeur\"]}");
			assertThat(titles(search("q=voordeurbeleid"))).containsExactly("Een warme sfeer creëren bij de voordeur");
		}
		finally {
			putSynonyms(before.toString());
		}
		assertThat(search("q=voordeurbeleid").get("total").asLong()).as("the edit undone, at once").isZero();
	}

	@Test
	void multiWordSynonymsWorkBothWays() {
		// The starter list: VVE, ..., voorschoolse educatie, voorschool
		assertThat(titles(search("q=voorschoolse educatie"))).contains("Huisbezoeken in de voorschool");
		assertThat(titles(search("q=vve huisbezoek"))).contains("Huisbezoeken in de voorschool");
	}

	@Test
	void aPartOfACompoundFindsIt() {
		assertThat(titles(search("q=vereniging"))).containsExactly("Ouderbetrokkenheid in de sportvereniging");
		assertThat(titles(search("q=medezeggenschap"))).contains("De medezeggenschapsraad uitgelegd");
	}

	private void putSynonyms(String body) {
		this.editor.apply(this.client.put().uri("/api/search/synonyms"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void typosAreTolerated() {
		assertThat(titles(search("q=ouderbetrokkenhied"))).contains("Ouderbetrokkenheid in de sportvereniging");
	}

	@Test
	void titlesWeighMoreThanBodies() {
		List<String> titles = titles(search("q=nieuwsbrief"));
		assertThat(titles).containsExactly("Nieuwsbrief die ouders lezen", "Ouderavond plannen");
	}

	@Test
	void facetCountsApplyEveryOtherFilterButNotTheirOwn() {
		JsonNode result = search("partnership=INFORMAL&partnership=FORMAL&sector=EDUCATION");
		// INFORMAL or FORMAL, in EDUCATION: s-1, s-3, s-5 (s-2 is CHILDCARE, s-7 is CARE).
		assertThat(result.get("total").asLong()).isEqualTo(3);
		assertThat(count(result, "partnership", "INFORMAL")).isEqualTo(1);
		assertThat(count(result, "partnership", "FORMAL")).isEqualTo(2);
		assertThat(count(result, "partnership", "DIDACTIC")).isEqualTo(1);
		assertThat(selected(result, "partnership", "INFORMAL")).isTrue();
		// Sector counts ignore the sector selection but keep the partnership one.
		assertThat(count(result, "sector", "CHILDCARE")).isEqualTo(2);
		assertThat(count(result, "sector", "CARE")).isEqualTo(1);
		assertThat(count(result, "sector", "EDUCATION")).isEqualTo(3);
	}

	@Test
	void highlightsMarkMatchesAndEscapeEverythingElse() {
		JsonNode result = search("q=taalactiviteiten");
		String title = result.get("items").get(0).get("highlights").get("title").asString();
		assertThat(title).contains("<mark>").doesNotContain("<script>").contains("&lt;script&gt;");
	}

	@Test
	void anyTextIsSearchedAsTextAndNeverFails() {
		for (String q : List.of("\"", "*", "~", "(", ")", ":", "\\", "/", "kind AND (ouders OR", "title:kind",
				"😀 ouders", "a".repeat(500), "{\"match_all\":{}}", "<script>", "%", "' OR 1=1 --")) {
			this.client.get()
				.uri(b -> b.path("/api/search").queryParam("q", "{q}").build(q))
				.exchange()
				.expectStatus()
				.isOk();
		}
	}

	@Test
	void badParametersAreNamed() {
		expectBadParameter("size=101", "size");
		expectBadParameter("q=" + "a".repeat(501), "q");
		expectBadParameter("sector=MOON", "sector");
		expectBadParameter("cursor=not-a-cursor", "cursor");
		expectBadParameter("sort=random", "sort");
		expectBadParameter("from=yesterday", "from");
	}

	@Test
	void cursorsWalkEveryResultOnce() {
		long total = walk("size=3&sort=newest");
		assertThat(search("size=" + total).has("nextCursor")).as("no cursor past the last page").isFalse();
		// By relevance the cursor carries the score, a decimal, first.
		assertThat(walk("q=ouders&size=2")).as("a walk over more than one page").isGreaterThan(2);
	}

	/** Follows the cursors from the first page to the last; every item once. The total. */
	private long walk(String query) {
		Set<String> seen = new HashSet<>();
		JsonNode page = search(query);
		long total = page.get("total").asLong();
		int pages = 0;
		while (true) {
			page.get("items").forEach(item -> assertThat(seen.add(item.get("id").asString())).isTrue());
			pages++;
			JsonNode cursor = page.get("nextCursor");
			if (cursor == null || cursor.isNull() || pages > 10) {
				break;
			}
			page = search(query + "&cursor=" + cursor.asString());
		}
		assertThat(seen).hasSize((int) total);
		return total;
	}

	@Test
	void aMisspeltFirstLetterFindsTheCorrectedSpellingAndSaysSo() {
		// Typos are forgiven from the second letter on; one in the first letter is corrected only when nothing else found.
		JsonNode typo = search("q=auderbetrokkenheid");
		assertThat(titles(typo)).contains("Ouderbetrokkenheid in de sportvereniging");
		assertThat(typo.get("relaxed").get("reason").asString()).isEqualTo("SPELLING");
		assertThat(typo.get("relaxed").get("text").asString()).isEqualTo("ouderbetrokkenheid");
		assertThat(typo.get("didYouMean").asString()).isEqualTo("ouderbetrokkenheid");
	}

	@Test
	void aLongQuestionThatNoItemAnswersWordForWordFindsItemsForPartOfItsWords() {
		JsonNode question = search("q=hoe praat ik met ouders over opvoeden en slapen");
		assertThat(titles(question)).contains("Gesprekken over opvoeden");
		assertThat(question.has("relaxed")).as("a question is read that way from the start").isFalse();
		JsonNode words = search("q=opvoeden welzijn voetbal");
		assertThat(titles(words)).containsExactly("Gesprekken over opvoeden");
		assertThat(words.get("relaxed").get("reason").asString()).isEqualTo("FEWER_WORDS");
		JsonNode exact = search("q=opvoeden");
		assertThat(exact.has("relaxed")).as("not relaxed when the words as typed find something").isFalse();
	}

	@Test
	void aWordWrittenApartFindsTheCompound() {
		assertThat(titles(search("q=huis bezoeken"))).contains("Huisbezoeken in de voorschool");
	}

	@Test
	void nothingFoundOffersFiltersToDropAndIsCounted() {

		String filteredText = "opvoeden";
		JsonNode filtered = search("q=" + filteredText + "&sector=SPORT");
		assertThat(filtered.get("total").asLong()).isZero();
		assertThat(filtered.get("relax").get(0).get("facet").asString()).isEqualTo("sector");

		String missing = "zeldzaamwoord" + UUID.randomUUID().toString().substring(0, 6);
		search("q=" + missing);
		// Misses are written without waiting for a refresh, so they show up within a second or so.
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
		String misses = "";
		while (!misses.contains(missing) && System.nanoTime() < deadline) {
			misses = new String(this.editor.apply(this.client.get().uri("/api/search/misses?size=200"))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.returnResult()
				.getResponseBodyContent());
		}
		assertThat(misses).contains(missing).doesNotContain("\"" + filteredText + "\"");
	}

	@Test
	void suggestionsCompleteTitlesAndTaxonomyTerms() {
		JsonNode titles = get("/api/search/suggestions?q=medezeg");
		assertThat(titles.get("suggestions").get(0).get("text").asString()).isEqualTo("De medezeggenschapsraad uitgelegd");
		JsonNode terms = get("/api/search/suggestions?q=pedag");
		assertThat(terms.get("suggestions").toString()).contains("Pedagogisch partnerschap");
	}

	@Test
	void relatedItemsShareTagsAndNeverIncludeTheItemItself() {
		JsonNode item = search("q=opvoeden").get("items").get(0);
		JsonNode related = get("/api/items/" + item.get("slug").asString() + "/related");
		List<String> slugs = new ArrayList<>();
		related.get("items").forEach(r -> slugs.add(r.get("slug").asString()));
		assertThat(slugs).isNotEmpty().doesNotContain(item.get("slug").asString());
	}

	@Test
	void theModelCountsItemsPerCell() {
		JsonNode model = get("/api/model");
		assertThat(model.get("cells")).hasSize(30);
		assertThat(cell(model, "FORMAL", "COMMUNICATION").get("count").asLong()).isEqualTo(2);
		assertThat(cell(model, "FORMAL", "COMMUNICATION").get("question").asString()).isNotBlank();
		assertThat(cell(model, "FORMAL", "COMMUNICATION").get("questionEn").asString())
			.isEqualTo("How do we communicate about formal matters?");
		JsonNode sport = get("/api/model?sector=SPORT");
		assertThat(cell(sport, "SOCIETAL", "COMMUNICATION").get("count").asLong()).isEqualTo(1);
		assertThat(cell(sport, "FORMAL", "COMMUNICATION").get("count").asLong()).isZero();
	}

	private static JsonNode cell(JsonNode model, String partnership, String aspect) {
		for (JsonNode cell : model.get("cells")) {
			if (cell.get("partnership").asString().equals(partnership) && cell.get("aspect").asString().equals(aspect)) {
				return cell;
			}
		}
		throw new AssertionError("no cell " + partnership + "/" + aspect);
	}

	private void expectBadParameter(String query, String parameter) {
		this.client.get()
			.uri("/api/search?" + query)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo(parameter);
	}

	private JsonNode search(String query) {
		return get("/api/search?" + query);
	}

	private JsonNode get(String uri) {
		byte[] body = this.client.get().uri(uri).exchange().expectStatus().isOk().expectBody().returnResult()
			.getResponseBodyContent();
		return JSON.readTree(body);
	}

	private static List<String> titles(JsonNode result) {
		List<String> titles = new ArrayList<>();
		result.get("items").forEach(item -> titles.add(item.get("title").asString()));
		return titles;
	}

	private static long count(JsonNode result, String facet, String value) {
		for (JsonNode entry : result.get("facets").get(facet)) {
			if (entry.get("value").asString().equals(value)) {
				return entry.get("count").asLong();
			}
		}
		return -1;
	}

	private static boolean selected(JsonNode result, String facet, String value) {
		for (JsonNode entry : result.get("facets").get(facet)) {
			if (entry.get("value").asString().equals(value)) {
				return entry.get("selected").asBoolean();
			}
		}
		return false;
	}

}
