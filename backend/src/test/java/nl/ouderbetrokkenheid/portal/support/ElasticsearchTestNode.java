package nl.ouderbetrokkenheid.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real Elasticsearch node the integration tests run against: started once per test JVM through the project's
 * own launcher (its own JVM, free ports, a temporary data directory) and stopped when the JVM exits, whether the
 * tests passed or not. Point {@code test.elasticsearch.uris} at a running cluster to use that instead.
 */
public final class ElasticsearchTestNode {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

	private static final Pattern HTTP = Pattern.compile("\"http\"\\s*:\\s*\"([^\"]+)\"");

	private static String uris;

	private ElasticsearchTestNode() {
	}

	public static synchronized String uris() {
		if (uris == null) {
			String external = System.getProperty("test.elasticsearch.uris");
			uris = (external != null && !external.isBlank()) ? external : start();
		}
		return uris;
	}

	private static String start() {
		try {
			Path launcher = Paths.get(System.getProperty("test.elasticsearch.launcher",
					"../infra/elasticsearch-node/bin/elasticsearch-node"));
			Path parent = Paths.get(System.getProperty("test.elasticsearch.workdir", "target/elasticsearch-it"));
			Files.createDirectories(parent);
			Path workdir = Files.createTempDirectory(parent, "node-");
			Path ready = workdir.resolve("ready.json");
			Process process = new ProcessBuilder(List.of(launcher.toAbsolutePath().toString(), "-Ehttp.port=0",
					"-Etransport.port=0", "-Ecluster.name=portal-it", "-Epath.data=" + workdir.resolve("data"),
					// Snapshot repositories (the backups tests and the restore drill) live under here.
					"-Epath.repo=" + workdir.resolve("snapshots"), "--ready-file=" + ready, "--exit-with-parent"))
				.redirectErrorStream(true)
				.redirectOutput(workdir.resolve("node.log").toFile())
				.start();
			Runtime.getRuntime()
				.addShutdownHook(new Thread(() -> TestProcesses.stop(process, Duration.ofSeconds(30),
						workdir.resolve("data"), workdir.resolve("snapshots")), "elasticsearch-test-node"));
			Instant deadline = Instant.now().plus(START_TIMEOUT);
			while (!Files.exists(ready)) {
				if (!process.isAlive()) {
					throw new IllegalStateException("Elasticsearch test node exited with " + process.exitValue()
							+ "; see " + workdir.resolve("node.log"));
				}
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("Elasticsearch test node not ready after " + START_TIMEOUT
							+ "; see " + workdir.resolve("node.log"));
				}
				process.waitFor(100, TimeUnit.MILLISECONDS);
			}
			Matcher http = HTTP.matcher(Files.readString(ready));
			if (!http.find()) {
				throw new IllegalStateException("No http address in " + ready);
			}
			return http.group(1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Points a test's application context at the node. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of("spring.elasticsearch.uris=" + uris()).applyTo(context);
		}

	}

}
