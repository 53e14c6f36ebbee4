package nl.ouderbetrokkenheid.portal.backups;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import nl.ouderbetrokkenheid.portal.support.ElasticsearchTestNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/restore-drill} itself, on a small data set in indices of its own on the test node: it adds items, takes
 * a snapshot, wipes, restores and compares, and says PASS; the restored indices are back as they were, an old
 * version's write block included.
 */
class RestoreDrillIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String es = ElasticsearchTestNode.uris().split(",")[0];

	private final String prefix = "drill-" + UUID.randomUUID().toString().substring(0, 8) + "-";

	@Test
	void theDrillRestoresEveryIndexAsItWas() throws Exception {
		// A current version behind its alias, an old one kept write-blocked for a rollback, and a second index.
		send("PUT", this.prefix + "items-v1", "{\"aliases\":{\"" + this.prefix + "items\":{\"is_write_index\":true}},"
				+ "\"settings\":{\"number_of_replicas\":0}}");
		send("PUT", this.prefix + "items-v0", "{\"settings\":{\"number_of_replicas\":0}}");
		send("PUT", this.prefix + "items-v0/_doc/old?refresh=true", "{\"title\":\"Oud\"}");
		send("PUT", this.prefix + "items-v0/_settings", "{\"index.blocks.write\":true}");
		send("PUT", this.prefix + "profiles-v1", "{\"aliases\":{\"" + this.prefix + "profiles\":{}},"
				+ "\"settings\":{\"number_of_replicas\":0}}");
		send("PUT", this.prefix + "items/_doc/seed?refresh=true",
				"{\"id\":\"seed\",\"slug\":\"seed\",\"title\":\"Koffieochtend\",\"summary\":\"s\",\"body\":\"b\","
						+ "\"bodyText\":\"b\",\"externalId\":\"x\",\"partnerships\":[\"FORMAL\"]}");
		for (int i = 0; i < 5; i++) {
			send("PUT", this.prefix + "profiles/_doc/p" + i + "?refresh=true", "{\"name\":\"Lid " + i + "\"}");
		}

		Process drill = new ProcessBuilder(List.of(Path.of("../bin/restore-drill").toAbsolutePath().toString(), "--es",
				this.es, "--prefix", this.prefix, "--location", this.prefix + "repo", "--repository",
				this.prefix + "repo", "--items", "300", "--sample", "20"))
			.redirectErrorStream(true)
			.start();
		boolean ended = drill.waitFor(90, TimeUnit.SECONDS);
		String output = new String(drill.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!ended) {
			drill.destroyForcibly();
		}

		assertThat(ended).as(output).isTrue();
		assertThat(drill.exitValue()).as(output).isZero();
		assertThat(output).contains("added 300 items", "wiped 3 indices", "all equal", "documents=307",
				"result=PASS");
		assertThat(send("GET", this.prefix + "items/_count", null)).contains("\"count\":301");
		assertThat(send("GET", this.prefix + "items-v0/_settings/index.blocks.write", null)).contains("\"true\"");
		assertThat(send("GET", this.prefix + "items-v1/_settings/index.blocks.write", null)).doesNotContain("\"true\"");
		assertThat(send("GET", "_alias/" + this.prefix + "*", null)).contains(this.prefix + "items\"",
				this.prefix + "profiles\"");
		// The drill's own snapshot is gone again.
		assertThat(send("GET", "_snapshot/" + this.prefix + "repo/_all", null)).contains("\"snapshots\":[]");
	}

	private String send(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.es + "/" + path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
		return response.body();
	}

}
