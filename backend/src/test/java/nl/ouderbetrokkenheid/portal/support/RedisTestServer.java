package nl.ouderbetrokkenheid.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real session store the integration tests run against: Debian's {@code redis-server}, started once per test JVM
 * on a free port with a temporary directory and no persistence, and stopped when the JVM exits. Every test JVM has its
 * own, so parallel builds never share sessions. Point {@code test.redis.port} at a running server to use that instead.
 * The build installs the package ({@code bin/ensure-redis-server.sh}); {@code REDIS_SERVER} names another binary, as
 * for {@code bin/run}.
 */
public final class RedisTestServer {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

	private static final int ATTEMPTS = 5;

	private static Integer port;

	/** Starts the server from a thread that lives as long as the JVM (see {@link #exitWithThisJvm()}). */
	private static final ExecutorService SPAWNER = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "redis-test-server-spawner");
		thread.setDaemon(true);
		return thread;
	});

	private RedisTestServer() {
	}

	public static synchronized int port() {
		if (port == null) {
			String external = System.getProperty("test.redis.port");
			port = (external != null && !external.isBlank()) ? Integer.parseInt(external) : start();
		}
		return port;
	}

	private static int start() {
		try {
			Path parent = Paths.get(System.getProperty("test.redis.workdir", "target/redis-it"));
			Files.createDirectories(parent);
			Path workdir = Files.createTempDirectory(parent, "redis-");
			IllegalStateException failure = null;
			// A free port can be taken by another process between finding it and redis binding it: try another.
			for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
				int candidate = freePort();
				Path log = workdir.resolve("redis-" + candidate + ".log");
				List<String> command = new ArrayList<>(exitWithThisJvm());
				command.addAll(List.of(server(), "--port", Integer.toString(candidate), "--bind", "127.0.0.1", "--dir",
						workdir.toString(),
						// Sessions only: nothing is written to disk.
						"--save", "", "--appendonly", "no",
						// What Spring Session's indexed repository needs to clean up its indexes (it is told not to
						// set this itself, as in production).
						"--notify-keyspace-events", "Egx"));
				ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(log.toFile());
				Process process = SPAWNER.submit(builder::start).get();
				Instant deadline = Instant.now().plus(START_TIMEOUT);
				while (process.isAlive() && !ready(process, log) && Instant.now().isBefore(deadline)) {
					process.waitFor(50, TimeUnit.MILLISECONDS);
				}
				if (ready(process, log)) {
					Runtime.getRuntime().addShutdownHook(new Thread(
							() -> TestProcesses.stop(process, Duration.ofSeconds(10), workdir), "redis-test-server"));
					return candidate;
				}
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				failure = new IllegalStateException("redis-server did not start on port " + candidate + "; see " + log
						+ " (is the Debian package redis-server installed? bin/ensure-redis-server.sh installs it)");
			}
			throw failure;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not start redis-server", ex.getCause());
		}
	}

	/**
	 * util-linux's setpriv, where there is one, makes the kernel stop the server when the thread that started it ends,
	 * so a test JVM that is killed (and runs no shutdown hook) leaves no server behind. That thread is
	 * {@link #SPAWNER}'s, which lives as long as the JVM.
	 */
	private static List<String> exitWithThisJvm() {
		Path setpriv = Paths.get("/usr/bin/setpriv");
		return Files.isExecutable(setpriv) ? List.of(setpriv.toString(), "--pdeathsig", "TERM", "--") : List.of();
	}

	private static String server() {
		String server = System.getenv("REDIS_SERVER");
		return (server != null && !server.isBlank()) ? server : "redis-server";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/**
	 * Whether this process is listening: redis-server logs this line only once its socket is bound (a port taken by
	 * someone else makes it log the error and exit instead), so another server on the port is never mistaken for it.
	 */
	private static boolean ready(Process process, Path log) throws IOException {
		return process.isAlive() && Files.exists(log) && Files.readString(log).contains("Ready to accept connections");
	}

	/** Points a test's application context at the server. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + port())
				.applyTo(context);
		}

	}

}
