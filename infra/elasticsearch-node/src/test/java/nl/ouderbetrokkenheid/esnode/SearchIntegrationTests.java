package nl.ouderbetrokkenheid.esnode;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The search features and APIs the catalogue relies on, and the ones this node does not have. */
class SearchIntegrationTests {

	@RegisterExtension
	static final RunningNode running = RunningNode.start("search");

	@BeforeAll
	static void createCatalogue() {
		running.http().put("/catalogue", """
				{
				  "settings": {"number_of_shards": 1, "number_of_replicas": 0},
				  "mappings": {
				    "properties": {
				      "title": {"type": "text", "analyzer": "dutch"},
				      "summary": {"type": "text", "analyzer": "dutch"},
				      "theme": {"type": "keyword"},
				      "suggest": {"type": "completion"}
				    }
				  }
				}""").expect(200);
		running.http().bulk("/catalogue/_bulk?refresh=true", """
				{"index": {"_id": "1"}}
				{"title": "Ouderavond organiseren", "summary": "Zo betrek je ouders bij de ouderavond op school", "theme": "school", "suggest": ["Ouderavond organiseren"]}
				{"index": {"_id": "2"}}
				{"title": "Ouderbetrokkenheid in de kinderopvang", "summary": "Ouders betrekken bij de opvang van hun kinderen", "theme": "opvang", "suggest": ["Ouderbetrokkenheid"]}
				{"index": {"_id": "3"}}
				{"title": "Rekenen in groep 5", "summary": "Lesmateriaal voor rekenen", "theme": "school", "suggest": ["Rekenen"]}
				""").expect(200);
	}

	@Test
	void completionSuggesterCompletesAPrefix() {
		JsonNode response = search("""
				{"suggest": {"titles": {"prefix": "oud", "completion": {"field": "suggest"}}}}""");

		assertThat(texts(response.at("/suggest/titles/0/options"), "text")).containsExactlyInAnyOrder(
				"Ouderavond organiseren", "Ouderbetrokkenheid");
	}

	@Test
	void matchPhrasePrefixFindsAPhraseBeingTyped() {
		assertThat(ids(search("""
				{"query": {"match_phrase_prefix": {"title": "ouderavond org"}}}"""))).containsExactly("1");
	}

	@Test
	void fuzzyMatchingForgivesATypo() {
		assertThat(ids(search("""
				{"query": {"match": {"title": {"query": "rekenne", "fuzziness": "AUTO"}}}}"""))).containsExactly("3");
		assertThat(ids(search("""
				{"query": {"fuzzy": {"theme": {"value": "schol"}}}}"""))).containsExactlyInAnyOrder("1", "3");
	}

	@Test
	void multiMatchSearchesSeveralFields() {
		assertThat(ids(search("""
				{"query": {"multi_match": {"query": "kinderen", "fields": ["title^2", "summary"]}}}""")))
			.containsExactly("2");
	}

	@Test
	void highlightingMarksTheMatchedWords() {
		JsonNode response = search("""
				{"query": {"match": {"summary": "ouders"}}, "highlight": {"fields": {"summary": {}}}}""");

		assertThat(response.at("/hits/hits/0/highlight/summary/0").asString()).contains("<em>");
	}

	@Test
	void moreLikeThisFindsRelatedItems() {
		assertThat(ids(search("""
				{"query": {"more_like_this": {"fields": ["title", "summary"], "like": [{"_id": "2"}],
				  "min_term_freq": 1, "min_doc_freq": 1}}}"""))).contains("1").doesNotContain("2");
	}

	@Test
	void aggregationsPostFilterAndSearchAfterWork() {
		JsonNode response = search("""
				{"size": 1, "sort": [{"theme": "asc"}, {"_doc": "asc"}], "post_filter": {"term": {"theme": "school"}},
				 "aggs": {"themes": {"terms": {"field": "theme"}}}}""");

		assertThat(texts(response.at("/aggregations/themes/buckets"), "key")).containsExactly("school", "opvang");
		JsonNode next = search("""
				{"size": 1, "sort": [{"theme": "asc"}, {"_doc": "asc"}], "post_filter": {"term": {"theme": "school"}},
				 "search_after": %s}""".formatted(response.at("/hits/hits/0/sort")));
		assertThat(ids(next)).containsExactly("3");
	}

	@Test
	void bulkMsearchRefreshAndCatIndicesWork() {
		EsHttp.Response bulk = running.http().bulk("/_bulk", """
				{"index": {"_index": "scratch", "_id": "a"}}
				{"title": "een"}
				{"delete": {"_index": "scratch", "_id": "a"}}
				""").expect(200);
		running.http().post("/scratch/_refresh", null).expect(200);
		EsHttp.Response msearch = running.http().bulk("/_msearch", """
				{"index": "catalogue"}
				{"query": {"term": {"theme": "school"}}}
				{"index": "catalogue"}
				{"query": {"term": {"theme": "opvang"}}}
				""").expect(200);

		assertThat(bulk.json().get("errors").asBoolean()).isFalse();
		assertThat(msearch.json().at("/responses/0/hits/total/value").asLong()).isEqualTo(2);
		assertThat(msearch.json().at("/responses/1/hits/total/value").asLong()).isEqualTo(1);
		assertThat(texts(running.http().get("/_cat/indices?format=json").expect(200).json(), "index")).contains("catalogue",
				"scratch");
	}

	@Test
	void pointInTimeSearchesASnapshot() {
		String pit = running.http().post("/catalogue/_pit?keep_alive=1m", null).expect(200).json().get("id").asString();
		running.http().put("/catalogue/_doc/late?refresh=true", """
				{"title": "Later toegevoegd", "theme": "later"}""").expect(201);

		EsHttp.Response inPit = running.http().post("/_search", """
				{"query": {"match_all": {}}, "pit": {"id": "%s", "keep_alive": "1m"}}""".formatted(pit)).expect(200);
		running.http().send("DELETE", "/_pit", """
				{"id": "%s"}""".formatted(pit), "application/json").expect(200);
		running.http().delete("/catalogue/_doc/late?refresh=true").expect(200);

		assertThat(inPit.totalHits()).isEqualTo(3);
	}

	@Test
	void aliasesAndIndexTemplatesWork() {
		running.http().put("/_index_template/portal-items", """
				{"index_patterns": ["items-*"], "template": {"settings": {"number_of_replicas": 0},
				 "mappings": {"properties": {"title": {"type": "text", "analyzer": "dutch"}}}}}""").expect(200);
		running.http().put("/items-v1", null).expect(200);
		running.http().post("/_aliases", """
				{"actions": [{"add": {"index": "items-v1", "alias": "items"}}]}""").expect(200);
		running.http().put("/items/_doc/1?refresh=true", """
				{"title": "Kinderen"}""").expect(201);

		assertThat(running.http()
			.get("/items-v1/_mapping")
			.expect(200)
			.json()
			.at("/items-v1/mappings/properties/title/analyzer")
			.asString()).isEqualTo("dutch");
		assertThat(running.http().post("/items/_search", """
				{"query": {"match": {"title": "kind"}}}""").expect(200).totalHits()).isEqualTo(1);
	}

	@Test
	void optimisticConcurrencyAndPartialUpdatesWork() {
		JsonNode created = running.http().put("/versions/_doc/1?refresh=true", """
				{"title": "Eerste", "views": 1}""").expect(201).json();
		long seqNo = created.get("_seq_no").asLong();
		long primaryTerm = created.get("_primary_term").asLong();
		String ifMatches = "?if_seq_no=" + seqNo + "&if_primary_term=" + primaryTerm;

		running.http().put("/versions/_doc/1" + ifMatches, """
				{"title": "Tweede", "views": 1}""").expect(200);
		EsHttp.Response stale = running.http().put("/versions/_doc/1" + ifMatches, """
				{"title": "Derde", "views": 1}""");
		running.http().post("/versions/_update/1", """
				{"doc": {"views": 2}}""").expect(200);
		EsHttp.Response duplicate = running.http().put("/versions/_create/1", """
				{"title": "Nogmaals"}""");

		assertThat(stale.status()).isEqualTo(409);
		assertThat(duplicate.status()).isEqualTo(409);
		JsonNode source = running.http().get("/versions/_doc/1").expect(200).json().get("_source");
		assertThat(source.get("title").asString()).isEqualTo("Tweede");
		assertThat(source.get("views").asInt()).isEqualTo(2);
	}

	@Test
	void matchOnlyTextFindsWordsAndPhrasesButCannotSort() {
		running.http().put("/notes", """
				{
				  "settings": {"number_of_shards": 1, "number_of_replicas": 0},
				  "mappings": {"properties": {"message": {"type": "match_only_text"}}}
				}""").expect(200);
		running.http().bulk("/notes/_bulk?refresh=true", """
				{"index": {"_id": "1"}}
				{"message": "Ouders komen naar de ouderavond"}
				{"index": {"_id": "2"}}
				{"message": ["De avond voor ouders", "komen naar school"]}
				""").expect(200);

		assertThat(ids(running.http().post("/notes/_search", """
				{"query": {"match": {"message": "ouders"}}}""").expect(200).json())).containsExactlyInAnyOrder("1", "2");
		assertThat(ids(running.http().post("/notes/_search", """
				{"query": {"match_phrase": {"message": "ouders komen"}}}""").expect(200).json())).containsExactly("1");
		// Words in different values of one field are no phrase.
		assertThat(ids(running.http().post("/notes/_search", """
				{"query": {"match_phrase": {"message": "ouders komen naar"}}}""").expect(200).json())).containsExactly("1");
		assertThat(ids(running.http().post("/notes/_search", """
				{"query": {"match_phrase": {"message": {"query": "avond ouders", "slop": 2}}}}""").expect(200).json()))
			.containsExactly("2");
		JsonNode fields = running.http().post("/notes/_search", """
				{"query": {"ids": {"values": ["1"]}}, "fields": ["message"], "_source": false}""").expect(200).json();
		assertThat(fields.at("/hits/hits/0/fields/message/0").asString()).isEqualTo("Ouders komen naar de ouderavond");
		assertThat(running.http().post("/notes/_search", """
				{"sort": [{"message": "asc"}]}""").status()).isEqualTo(400);
	}

	@Test
	void apisOfTheMissingDistributionModulesAnswerWithAnError() {
		// "_reindex" is taken for an index name, hence 405; update-by-query has no handler at all (delete-by-query has
		// one of this node's own, see DeleteByQueryIntegrationTests).
		assertThat(running.http().post("/_reindex", """
				{"source": {"index": "catalogue"}, "dest": {"index": "copy"}}""").status()).isEqualTo(405);
		assertThat(running.http().post("/catalogue/_update_by_query", "{}").status()).isEqualTo(400);
		// No scripting language at all.
		assertThat(running.http().post("/catalogue/_update/1", """
				{"script": "ctx._source.views = 1"}""").status()).isEqualTo(400);
		assertThat(running.http().put("/with-search-as-you-type", """
				{"mappings": {"properties": {"title": {"type": "search_as_you_type"}}}}""").status()).isEqualTo(400);
	}

	private static JsonNode search(String body) {
		return running.http().post("/catalogue/_search", body).expect(200).json();
	}

	private static List<String> ids(JsonNode response) {
		return texts(response.at("/hits/hits"), "_id");
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach((element) -> values.add(element.get(field).asString()));
		return values;
	}

}
