package nl.ouderbetrokkenheid.esnode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The percolator stand-in: stored queries matched against documents given in the request, as stock answers. */
class PercolatorIntegrationTests {

	@RegisterExtension
	static final RunningNode running = RunningNode.start("percolator");

	@BeforeAll
	static void storeQueries() {
		running.http().put("/alerts", """
				{
				  "settings": {"number_of_shards": 1, "number_of_replicas": 0},
				  "mappings": {
				    "dynamic": "strict",
				    "properties": {
				      "query": {"type": "percolator"},
				      "owner": {"type": "keyword"},
				      "title": {"type": "text", "analyzer": "dutch"},
				      "sector": {"type": "keyword"}
				    }
				  }
				}""").expect(200);
		running.http().bulk("/alerts/_bulk?refresh=true", """
				{"index": {"_id": "evenings"}}
				{"owner": "a", "query": {"match": {"title": "ouderavonden"}}}
				{"index": {"_id": "childcare"}}
				{"owner": "b", "query": {"bool": {"must": [{"match": {"title": "ouders"}}], "filter": [{"term": {"sector": "opvang"}}]}}}
				{"index": {"_id": "maths"}}
				{"owner": "a", "query": {"match": {"title": "rekenen"}}}
				""").expect(200);
	}

	@Test
	void findsTheStoredQueriesThatMatchEachDocumentWithItsSlots() {
		JsonNode response = running.http().post("/alerts/_search", """
				{"query": {"percolate": {"field": "query", "documents": [
				  {"title": "Een ouderavond op school", "sector": "onderwijs"},
				  {"title": "Ouders in de opvang", "sector": "opvang"}
				]}}}""").expect(200).json();

		assertThat(slots(response)).isEqualTo(Map.of("evenings", List.of(0), "childcare", List.of(1)));
	}

	@Test
	void theSearchsFiltersNarrowTheStoredQueries() {
		JsonNode response = running.http().post("/alerts/_search", """
				{"query": {"bool": {
				  "filter": [{"term": {"owner": "a"}}],
				  "must": [{"percolate": {"field": "query", "document": {"title": "Ouders en de ouderavond"}}}]
				}}}""").expect(200).json();

		assertThat(slots(response)).isEqualTo(Map.of("evenings", List.of(0)));
	}

	@Test
	void aQueryTheNodeCannotReadIsRefusedWhenStored() {
		assertThat(running.http().put("/alerts/_doc/broken", """
				{"owner": "c", "query": {"no_such_query": {"title": "x"}}}""").status()).isEqualTo(400);
		assertThat(running.http().post("/alerts/_search", """
				{"query": {"term": {"query": "x"}}}""").status()).isEqualTo(400);
		assertThat(running.http().post("/alerts/_search", """
				{"query": {"percolate": {"field": "query", "document": {"unmapped": "x"}}}}""").status()).isEqualTo(400);
	}

	private static Map<String, List<Integer>> slots(JsonNode response) {
		Map<String, List<Integer>> slots = new TreeMap<>();
		response.at("/hits/hits").forEach(hit -> {
			List<Integer> matched = new ArrayList<>();
			hit.at("/fields/_percolator_document_slot").forEach(slot -> matched.add(slot.asInt()));
			slots.put(hit.get("_id").asString(), matched);
		});
		return slots;
	}

}
