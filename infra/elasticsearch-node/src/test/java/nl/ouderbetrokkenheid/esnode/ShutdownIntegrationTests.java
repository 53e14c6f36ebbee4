package nl.ouderbetrokkenheid.esnode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SIGTERM stops the node cleanly, and a clean stop keeps the data. */
class ShutdownIntegrationTests {

	private static final Pattern TEMPORARY_HOME = Pattern.compile("Home \\[(.+?)]");

	private static NodeProcess node;

	@AfterAll
	static void stopNode() {
		if (node != null) {
			node.close();
		}
	}

	@Test
	void sigtermStopsTheNodeWithExitCodeZeroAndRemovesWhatItCreated() throws Exception {
		node = NodeProcess.start("shutdown");
		node.awaitReady();
		node.client().put("/kept", """
				{"settings": {"number_of_replicas": 0}}""").expect(200);
		node.client().put("/kept/_doc/1?refresh=true", """
				{"title": "Blijft bewaard"}""").expect(201);
		Path home = temporaryHome(node.log());
		// The launcher execs Java: the process the caller started is the node itself, with no helpers around it.
		assertThat(node.process().info().command()).hasValueSatisfying((command) -> assertThat(command).endsWith("java"));
		assertThat(node.process().descendants()).isEmpty();

		int exitCode = node.stop();

		assertThat(exitCode).isZero();
		assertThat(ProcessHandle.of(node.process().pid()).filter(ProcessHandle::isAlive)).isEmpty();
		assertThat(node.readyFile()).doesNotExist();
		assertThat(home).doesNotExist();

		node.restart().awaitReady();
		EsHttp.Response document = node.client().get("/kept/_doc/1").expect(200);
		assertThat(document.json().at("/_source/title").asString()).isEqualTo("Blijft bewaard");
	}

	private static Path temporaryHome(Path log) throws Exception {
		Matcher matcher = TEMPORARY_HOME.matcher(Files.readString(log));
		assertThat(matcher.find()).as("home directory in the log").isTrue();
		Path home = Path.of(matcher.group(1));
		assertThat(home).isDirectory();
		return home;
	}

}
