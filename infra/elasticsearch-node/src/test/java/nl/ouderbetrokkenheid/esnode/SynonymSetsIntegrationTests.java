package nl.ouderbetrokkenheid.esnode;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Synonym sets of the synonyms API ({@code PUT /_synonyms/<set>}) in search analyzers, as on a stock cluster: the server
 * keeps them in its {@code .synonyms} index and reloads the analyzers that use a set whenever it changes.
 */
class SynonymSetsIntegrationTests {

	@RegisterExtension
	static final RunningNode running = RunningNode.start("synonym-sets");

	@Test
	void aSetsMultiWordRuleWorksBothWaysInSearchAndAnalyze() {
		putSet("early-education", "vve, voorschoolse educatie");
		createIndexWithSet("education", "early-education");
		indexDocuments("education");

		assertThat(tokens("education", "VVE")).contains("vve", "voorschoolse", "educatie");
		assertThat(ids("education", "vve")).containsExactlyInAnyOrder("abbreviation", "spelled-out");
		assertThat(ids("education", "voorschoolse educatie")).containsExactlyInAnyOrder("abbreviation", "spelled-out");
		// The words of a multi-word rule only match together: "educatie" alone is no synonym of vve.
		assertThat(ids("education", "educatie")).containsExactly("spelled-out");
	}

	@Test
	void changingASetChangesSearchResultsOfTheOpenIndex() {
		putSet("changing", "vve, voorschoolse educatie");
		createIndexWithSet("changing-index", "changing");
		indexDocuments("changing-index");
		assertThat(ids("changing-index", "vve")).containsExactlyInAnyOrder("abbreviation", "spelled-out");

		EsHttp.Response update = running.http().put("/_synonyms/changing", """
				{"synonyms_set": [{"id": "education", "synonyms": "vve, peuterspeelzaal"}]}""").expect(200);

		assertThat(update.json().get("result").asString()).isEqualTo("updated");
		assertThat(update.json().at("/reload_analyzers_details/reload_details/0/index").asString())
			.isEqualTo("changing-index");
		assertThat(ids("changing-index", "vve")).containsExactlyInAnyOrder("abbreviation", "playgroup");
	}

	@Test
	void singleRulesCanBeAddedReadAndListed() {
		putSet("rules", "ob, ouderbetrokkenheid");
		createIndexWithSet("rules-index", "rules");
		running.http().put("/rules-index/_doc/1?refresh=true", """
				{"body": "De medezeggenschapsraad vergadert"}""").expect(201);
		assertThat(ids("rules-index", "mr")).isEmpty();

		EsHttp.Response added = running.http().put("/_synonyms/rules/council", """
				{"synonyms": "mr, medezeggenschapsraad"}""").expect(201);

		assertThat(added.json().get("result").asString()).isEqualTo("created");
		assertThat(running.http().get("/_synonyms/rules/council").expect(200).json().get("synonyms").asString())
			.isEqualTo("mr, medezeggenschapsraad");
		JsonNode set = running.http().get("/_synonyms/rules").expect(200).json();
		assertThat(set.get("count").asInt()).isEqualTo(2);
		assertThat(set.get("synonyms_set").findValuesAsString("id")).containsExactly("council", "rule");
		assertThat(running.http().get("/_synonyms").expect(200).json().get("results").findValuesAsString("synonyms_set"))
			.contains("rules");
		assertThat(ids("rules-index", "mr")).containsExactly("1");
	}

	@Test
	void aSetInAnIndexTimeAnalyzerIsRefused() {
		putSet("index-time", "vve, voorschoolse educatie");

		EsHttp.Response refused = running.http().put("/index-time", """
				{
				  "settings": {
				    "analysis": {
				      "filter": {"education": {"type": "synonym_graph", "synonyms_set": "index-time"}},
				      "analyzer": {"with_synonyms": {"tokenizer": "standard", "filter": ["lowercase", "education"]}}
				    }
				  },
				  "mappings": {"properties": {"body": {"type": "text", "search_analyzer": "with_synonyms"}}}
				}""");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().at("/error/reason").asString())
			.contains("Loading synonyms from index is supported only for search time synonyms");
	}

	@Test
	void aSetInUseCannotBeDeletedAndAnUnusedOneCan() {
		putSet("in-use", "vve, voorschoolse educatie");
		createIndexWithSet("in-use-index", "in-use");
		putSet("unused", "ob, ouderbetrokkenheid");

		assertThat(running.http().delete("/_synonyms/in-use").status()).isEqualTo(400);
		assertThat(running.http().delete("/_synonyms/unused").expect(200).json().get("acknowledged").asBoolean()).isTrue();
		assertThat(running.http().get("/_synonyms/unused").status()).isEqualTo(404);
	}

	@Test
	void setsAndTheirEffectSurviveARestart() {
		putSet("lasting", "vve, voorschoolse educatie");
		createIndexWithSet("lasting-index", "lasting");
		indexDocuments("lasting-index");

		assertThat(running.node().stop()).isZero();
		running.restart();

		assertThat(running.http().get("/_synonyms/lasting").expect(200).json().at("/synonyms_set/0/synonyms").asString())
			.isEqualTo("vve, voorschoolse educatie");
		assertThat(ids("lasting-index", "vve")).containsExactlyInAnyOrder("abbreviation", "spelled-out");
	}

	private static void putSet(String set, String rule) {
		EsHttp.Response put = running.http().put("/_synonyms/" + set, """
				{"synonyms_set": [{"id": "rule", "synonyms": "%s"}]}""".formatted(rule)).expect(201);
		assertThat(put.json().get("result").asString()).isEqualTo("created");
	}

	private static void createIndexWithSet(String index, String set) {
		running.http().put("/" + index, """
				{
				  "settings": {
				    "number_of_replicas": 0,
				    "analysis": {
				      "filter": {"portal_synonyms": {"type": "synonym_graph", "synonyms_set": "%s", "updateable": true}},
				      "analyzer": {"with_synonyms": {"tokenizer": "standard", "filter": ["lowercase", "portal_synonyms"]}}
				    }
				  },
				  "mappings": {
				    "properties": {"body": {"type": "text", "analyzer": "standard", "search_analyzer": "with_synonyms"}}
				  }
				}""".formatted(set)).expect(200);
		running.http().get("/_cluster/health/" + index + "?wait_for_status=green&timeout=30s").expect(200);
	}

	private static void indexDocuments(String index) {
		running.http().bulk("/" + index + "/_bulk?refresh=true", """
				{"index": {"_id": "abbreviation"}}
				{"body": "De VVE in de wijk"}
				{"index": {"_id": "spelled-out"}}
				{"body": "Voorschoolse educatie in de gemeente"}
				{"index": {"_id": "playgroup"}}
				{"body": "Een nieuwe peuterspeelzaal opent"}
				""").expect(200);
	}

	private static List<String> tokens(String index, String text) {
		JsonNode json = running.http().post("/" + index + "/_analyze", """
				{"analyzer": "with_synonyms", "text": "%s"}""".formatted(text)).expect(200).json();
		List<String> tokens = new ArrayList<>();
		json.get("tokens").forEach((token) -> tokens.add(token.get("token").asString()));
		return tokens;
	}

	private static List<String> ids(String index, String query) {
		JsonNode json = running.http().post("/" + index + "/_search", """
				{"query": {"match": {"body": "%s"}}}""".formatted(query)).expect(200).json();
		List<String> ids = new ArrayList<>();
		json.at("/hits/hits").forEach((hit) -> ids.add(hit.get("_id").asString()));
		return ids;
	}

}
