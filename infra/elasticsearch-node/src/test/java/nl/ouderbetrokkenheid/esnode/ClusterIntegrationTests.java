package nl.ouderbetrokkenheid.esnode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three nodes on loopback form one cluster, and a search still returns every document after a node is killed with
 * SIGKILL: first a node that is not the master, then, after the first one is back, the elected master.
 */
class ClusterIntegrationTests {

	private static final int DOCUMENTS = 200;

	private static final Duration RECOVERY_TIMEOUT = Duration.ofMinutes(2);

	private static final List<NodeProcess> nodes = new ArrayList<>();

	@BeforeAll
	static void startCluster() {
		List<Integer> transportPorts = IntStream.range(0, 3).mapToObj((i) -> NodeProcess.freePort()).toList();
		String seedHosts = transportPorts.stream().map((port) -> "127.0.0.1:" + port).collect(Collectors.joining(","));
		String clusterName = "it-cluster-" + System.nanoTime();
		for (int i = 0; i < 3; i++) {
			nodes.add(NodeProcess.start("cluster-n" + (i + 1), "cluster.name=" + clusterName, "node.name=n" + (i + 1),
					"transport.port=" + transportPorts.get(i), "discovery.seed_hosts=" + seedHosts,
					"cluster.initial_master_nodes=n1,n2,n3"));
		}
		nodes.forEach(NodeProcess::awaitReady);
	}

	@AfterAll
	static void stopCluster() {
		nodes.forEach(NodeProcess::close);
	}

	@Test
	void searchReturnsEveryDocumentAfterANodeAndThenTheMasterAreKilled() {
		EsHttp first = nodes.get(0).client();
		first.await("/_cluster/health?wait_for_nodes=3&timeout=5s", (health) -> health.status() == 200
				&& health.json().get("number_of_nodes").asInt() == 3, RECOVERY_TIMEOUT);
		first.put("/replicated", """
				{"settings": {"number_of_shards": 3, "number_of_replicas": 1}}""").expect(200);
		first.bulk("/replicated/_bulk?refresh=true", documents()).expect(200);
		awaitHealth(first, 3, "green");
		assertThat(countAll(first)).isEqualTo(DOCUMENTS);

		String master = master(first);
		NodeProcess follower = nodes.stream().filter((node) -> !node.name().equals(master)).findFirst().orElseThrow();
		follower.kill();
		EsHttp survivor = survivor(follower).client();
		awaitHealth(survivor, 2, "yellow");
		assertThat(countAll(survivor)).isEqualTo(DOCUMENTS);

		follower.restart().awaitReady();
		awaitHealth(survivor, 3, "green");
		NodeProcess elected = nodes.stream().filter((node) -> node.name().equals(master)).findFirst().orElseThrow();
		elected.kill();
		survivor = survivor(elected).client();
		awaitHealth(survivor, 2, "yellow");

		assertThat(master(survivor)).isNotEqualTo(master);
		assertThat(countAll(survivor)).isEqualTo(DOCUMENTS);
	}

	private static String documents() {
		StringBuilder bulk = new StringBuilder();
		for (int i = 1; i <= DOCUMENTS; i++) {
			bulk.append("{\"index\": {\"_id\": \"").append(i).append("\"}}\n");
			bulk.append("{\"title\": \"Praktijkvoorbeeld ").append(i).append("\"}\n");
		}
		return bulk.toString();
	}

	private static NodeProcess survivor(NodeProcess killed) {
		return nodes.stream().filter((node) -> node != killed).findFirst().orElseThrow();
	}

	/** Green, or at least yellow: with one of three nodes gone, every primary is active again once it is yellow. */
	private static void awaitHealth(EsHttp http, int nodeCount, String status) {
		String waitFor = status.equals("green") ? "green" : "yellow";
		http.await("/_cluster/health?wait_for_nodes=" + nodeCount + "&wait_for_status=" + waitFor
				+ "&wait_for_no_initializing_shards=true&timeout=5s",
				(health) -> health.status() == 200 && !health.json().get("timed_out").asBoolean()
						&& health.json().get("number_of_nodes").asInt() == nodeCount,
				RECOVERY_TIMEOUT);
	}

	private static String master(EsHttp http) {
		return http.await("/_cat/master?format=json", (response) -> response.status() == 200, RECOVERY_TIMEOUT)
			.json()
			.at("/0/node")
			.asString();
	}

	private static long countAll(EsHttp http) {
		EsHttp.Response response = http.post("/replicated/_search", """
				{"size": 0, "track_total_hits": true}""").expect(200);
		assertThat(response.json().at("/_shards/failed").asInt()).isZero();
		return response.totalHits();
	}

}
