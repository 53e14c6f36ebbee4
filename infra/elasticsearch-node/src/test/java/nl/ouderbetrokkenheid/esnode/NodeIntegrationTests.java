package nl.ouderbetrokkenheid.esnode;

import java.io.IOException;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.InfoResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** One node as the backend sees it: its ready file, its banner, and the Elasticsearch Java client talking to it. */
class NodeIntegrationTests {

	@RegisterExtension
	static final RunningNode running = RunningNode.start("node", "node.name=solo");

	@Test
	void readyFileNamesTheBoundAddressesProcessAndNode() {
		assertThat(running.node().http()).matches("http://127\\.0\\.0\\.1:\\d+");
		assertThat(running.node().ready().get("transport").asString()).matches("127\\.0\\.0\\.1:\\d+");
		assertThat(running.node().ready().get("pid").asLong()).isEqualTo(running.node().process().pid());
		assertThat(running.node().name()).isEqualTo("solo");
	}

	@Test
	void readyMeansTheClusterIsAtLeastYellow() {
		EsHttp.Response health = running.http().get("/_cluster/health").expect(200);

		assertThat(health.json().get("status").asString()).isIn("green", "yellow");
		assertThat(health.json().get("cluster_name").asString()).isEqualTo("kennisportaal");
	}

	@Test
	void rootBannerLooksLikeAStockNode() {
		EsHttp.Response banner = running.http().get("/").expect(200);

		assertThat(banner.json().get("name").asString()).isEqualTo("solo");
		assertThat(banner.json().get("cluster_name").asString()).isEqualTo("kennisportaal");
		assertThat(banner.json().get("cluster_uuid").asString()).isNotEqualTo("_na_");
		assertThat(banner.json().at("/version/number").asString()).startsWith("9.");
		assertThat(banner.json().at("/version/build_flavor").asString()).isEqualTo("default");
		assertThat(banner.json().at("/version/lucene_version").asString()).startsWith("10.");
		assertThat(banner.json().at("/version/minimum_wire_compatibility_version").asString()).isNotEmpty();
		assertThat(banner.json().get("tagline").asString()).isEqualTo("You Know, for Search");
		assertThat(banner.headers().firstValue("X-Elastic-Product")).contains("Elasticsearch");
	}

	@Test
	void headOnTheRootAnswersOkWithoutBody() {
		EsHttp.Response head = running.http().head("/");

		assertThat(head.status()).isEqualTo(200);
		assertThat(head.json()).isNull();
	}

	@Test
	void theBackendsJavaClientAcceptsTheNode() throws IOException {
		try (Rest5Client restClient = Rest5Client.builder(java.net.URI.create(running.node().http())).build();
				ElasticsearchClient client = new ElasticsearchClient(
						new Rest5ClientTransport(restClient, new JacksonJsonpMapper()))) {
			InfoResponse info = client.info();
			client.indices()
				.create((index) -> index.index("client-check")
					.settings((settings) -> settings.numberOfReplicas("0"))
					.mappings((mappings) -> mappings.properties("title",
							(property) -> property.text((text) -> text.analyzer("dutch")))));
			client.index((request) -> request.index("client-check")
				.id("1")
				.document(Map.of("title", "Kinderen en ouders"))
				.refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
			SearchResponse<Map> found = client.search((search) -> search.index("client-check")
				.query((query) -> query.match((match) -> match.field("title").query("kind"))), Map.class);

			assertThat(info.version().number()).startsWith("9.");
			assertThat(found.hits().total().value()).isEqualTo(1);
		}
	}

}
