package nl.ouderbetrokkenheid.portal.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How the servers the tests start for themselves ({@link ElasticsearchTestNode}, {@link RedisTestServer}) are stopped
 * when the test JVM exits.
 */
final class TestProcesses {

	private TestProcesses() {
	}

	/**
	 * Asks the process to stop, kills it when it has not stopped within {@code grace}, then deletes the directories it
	 * wrote to.
	 */
	static void stop(Process process, Duration grace, Path... directories) {
		process.destroy();
		try {
			if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		for (Path directory : directories) {
			delete(directory);
		}
	}

	private static void delete(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temporary directory under target/ is harmless.
		}
	}

}
