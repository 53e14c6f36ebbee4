package nl.ouderbetrokkenheid.esnode;

import java.io.IOException;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.DeleteByQueryResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code _delete_by_query}, which the reindex module would provide, with stock's parameters and answer. */
class DeleteByQueryIntegrationTests {

	@RegisterExtension
	static final RunningNode running = RunningNode.start("delete-by-query");

	@Test
	void deletesWhatTheQueryMatchesInBatchesAndCountsIt() {
		indexNumbers("numbers", 35);

		JsonNode deleted = running.http().post("/numbers/_delete_by_query?refresh=true&scroll_size=10", """
				{"query": {"term": {"parity": "even"}}}""").expect(200).json();

		assertThat(deleted.get("deleted").asLong()).isEqualTo(18);
		assertThat(deleted.get("total").asLong()).isEqualTo(18);
		assertThat(deleted.get("batches").asInt()).isEqualTo(2);
		assertThat(deleted.get("version_conflicts").asLong()).isZero();
		assertThat(deleted.get("failures")).isEmpty();
		assertThat(count("numbers", """
				{"query": {"match_all": {}}}""")).isEqualTo(17);
		assertThat(count("numbers", """
				{"query": {"term": {"parity": "even"}}}""")).isZero();
	}

	@Test
	void maxDocsStopsAfterThatManyDeletions() {
		indexNumbers("limited", 20);

		JsonNode deleted = running.http().post("/limited/_delete_by_query?refresh=true&scroll_size=3", """
				{"query": {"match_all": {}}, "max_docs": 7}""").expect(200).json();

		assertThat(deleted.get("deleted").asLong()).isEqualTo(7);
		assertThat(deleted.get("total").asLong()).isEqualTo(7);
		assertThat(count("limited", """
				{"query": {"match_all": {}}}""")).isEqualTo(13);
	}

	@Test
	void routedDocumentsAreDeletedToo() {
		running.http().put("/routed", """
				{"settings": {"number_of_shards": 3, "number_of_replicas": 0}}""").expect(200);
		for (int i = 0; i < 6; i++) {
			running.http().put("/routed/_doc/" + i + "?routing=school-" + i, """
					{"kind": "event"}""").expect(201);
		}
		running.http().post("/routed/_refresh", null).expect(200);

		JsonNode deleted = running.http().post("/routed/_delete_by_query?refresh=true", """
				{"query": {"match": {"kind": "event"}}}""").expect(200).json();

		assertThat(deleted.get("deleted").asLong()).isEqualTo(6);
		assertThat(count("routed", """
				{"query": {"match_all": {}}}""")).isZero();
	}

	@Test
	void withoutRefreshTheDeletionsBecomeVisibleAtTheNextRefresh() {
		indexNumbers("unrefreshed", 4);

		running.http().post("/unrefreshed/_delete_by_query", """
				{"query": {"match_all": {}}}""").expect(200);
		running.http().post("/unrefreshed/_refresh", null).expect(200);

		assertThat(count("unrefreshed", """
				{"query": {"match_all": {}}}""")).isZero();
	}

	@Test
	void aQueryIsRequiredAndSizeIsNoLongerAccepted() {
		assertThat(running.http().post("/numbers/_delete_by_query", "{}").status()).isEqualTo(400);
		assertThat(running.http().post("/numbers/_delete_by_query?size=3", """
				{"query": {"match_all": {}}}""").status()).isEqualTo(400);
	}

	@Test
	void theBackendsJavaClientCanDeleteByQuery() throws IOException {
		indexNumbers("client-deletes", 5);
		try (Rest5Client restClient = Rest5Client.builder(java.net.URI.create(running.node().http())).build();
				ElasticsearchClient client = new ElasticsearchClient(
						new Rest5ClientTransport(restClient, new JacksonJsonpMapper()))) {
			DeleteByQueryResponse response = client.deleteByQuery((request) -> request.index("client-deletes")
				.query((query) -> query.term((term) -> term.field("parity").value("odd")))
				.refresh(true));

			assertThat(response.deleted()).isEqualTo(2L);
			assertThat(client.count((request) -> request.index("client-deletes")).count()).isEqualTo(3);
		}
	}

	/** Documents 0 to n - 1 with a keyword {@code parity}, refreshed. */
	private static void indexNumbers(String index, int n) {
		running.http().put("/" + index, """
				{
				  "settings": {"number_of_shards": 2, "number_of_replicas": 0},
				  "mappings": {"properties": {"parity": {"type": "keyword"}, "number": {"type": "integer"}}}
				}""").expect(200);
		StringBuilder bulk = new StringBuilder();
		for (int i = 0; i < n; i++) {
			bulk.append("{\"index\": {\"_id\": \"").append(i).append("\"}}\n");
			bulk.append(JsonMapper.shared().writeValueAsString(Map.of("number", i, "parity", (i % 2 == 0) ? "even" : "odd"))).append('\n');
		}
		EsHttp.Response response = running.http().bulk("/" + index + "/_bulk?refresh=true", bulk.toString()).expect(200);
		assertThat(response.json().get("errors").asBoolean()).isFalse();
	}

	private static long count(String index, String query) {
		return running.http().post("/" + index + "/_count", query).expect(200).json().get("count").asLong();
	}

}
