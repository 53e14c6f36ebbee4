package nl.ouderbetrokkenheid.esnode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A node started the way every other program starts one: {@code bin/elasticsearch-node} as a separate process, ready
 * once its ready file appears.
 */
final class NodeProcess implements AutoCloseable {

	private static final Path LAUNCHER = Path.of(System.getProperty("esnode.launcher", "bin/elasticsearch-node"));

	private static final Path WORK = Path.of(System.getProperty("esnode.work", "target/it-nodes"));

	private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

	private final Path dir;

	private final List<String> arguments;

	private Process process;

	private JsonNode ready;

	private NodeProcess(Path dir, List<String> arguments) {
		this.dir = dir;
		this.arguments = arguments;
	}

	/** A fresh directory for one node's data, log and ready file: {@code target/it-nodes/<name>-<time>}. */
	static Path newDirectory(String name) {
		try {
			return Files.createDirectories(WORK.resolve(name + "-" + System.nanoTime()).toAbsolutePath());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A node with a fresh directory, on free ports unless the settings say otherwise. */
	static NodeProcess start(String name, String... settings) {
		return start(newDirectory(name), settings);
	}

	/**
	 * A node keeping its data, log and ready file in {@code dir}. Settings are {@code key=value}; unless given, the HTTP
	 * and transport ports are free ones and the data lives in {@code dir/data}.
	 */
	static NodeProcess start(Path dir, String... settings) {
		Map<String, String> defaults = new LinkedHashMap<>(Map.of("http.port", "0", "transport.port", "0", "path.data",
				dir.resolve("data").toString()));
		List<String> arguments = new ArrayList<>();
		for (String setting : settings) {
			defaults.remove(setting.substring(0, setting.indexOf('=')));
			arguments.add("-E" + setting);
		}
		defaults.forEach((key, value) -> arguments.add("-E" + key + "=" + value));
		NodeProcess node = new NodeProcess(dir, List.copyOf(arguments));
		node.launch();
		return node;
	}

	private void launch() {
		try {
			Files.deleteIfExists(readyFile());
			List<String> command = new ArrayList<>();
			command.add(LAUNCHER.toAbsolutePath().toString());
			command.addAll(this.arguments);
			// If this test JVM dies, its nodes must not live on.
			command.add("--exit-with-parent");
			command.add("--ready-file=" + readyFile());
			this.ready = null;
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts the same node again, with the same data directory, after it was stopped or killed. */
	NodeProcess restart() {
		launch();
		return this;
	}

	NodeProcess awaitReady() {
		Instant deadline = Instant.now().plus(READY_TIMEOUT);
		while (Files.notExists(readyFile())) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The node exited with " + this.process.exitValue() + "; log: " + log());
			}
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("The node was not ready within " + READY_TIMEOUT + "; log: " + log());
			}
			pause(Duration.ofMillis(100));
		}
		try {
			this.ready = JsonMapper.shared().readTree(Files.readString(readyFile()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	JsonNode ready() {
		return this.ready;
	}

	String http() {
		return this.ready.get("http").asString();
	}

	EsHttp client() {
		return new EsHttp(http());
	}

	String name() {
		return this.ready.get("node").asString();
	}

	Process process() {
		return this.process;
	}

	Path readyFile() {
		return this.dir.resolve("ready.json");
	}

	Path log() {
		return this.dir.resolve("node.log");
	}

	/** SIGTERM, as a script or Ctrl-C would send it; SIGKILL if the node has not stopped after 60 seconds. */
	int stop() {
		if (!this.process.isAlive()) {
			return this.process.exitValue();
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
			return this.process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
			throw new IllegalStateException(ex);
		}
	}

	/** kill -9: no shutdown hook, no goodbye to the cluster. */
	void kill() {
		try {
			this.process.destroyForcibly().waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		if (this.process != null && this.process.isAlive()) {
			stop();
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void pause(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
