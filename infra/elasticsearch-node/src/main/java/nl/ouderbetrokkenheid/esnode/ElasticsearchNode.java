package nl.ouderbetrokkenheid.esnode;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;

import sun.misc.Signal;

/**
 * Runs one real Elasticsearch node in this JVM, from the server jars on the class path. See README.md for the arguments.
 * <p>
 * Nothing here may touch an Elasticsearch, Log4j or Netty class before {@link JvmProperties#apply} has run: they read
 * their system properties when first loaded.
 */
public final class ElasticsearchNode {

	private ElasticsearchNode() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		// Elasticsearch's logging setup redirects System.out and System.err into the log; the READY line must not be.
		PrintStream out = System.out;
		PrintStream err = System.err;
		NodeArguments arguments;
		try {
			arguments = NodeArguments.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.print(NodeArguments.USAGE);
			System.exit(2);
			return;
		}
		if (arguments.help()) {
			out.print(NodeArguments.USAGE);
			return;
		}
		Optional<ReadyFile> readyFile = arguments.readyFile().map(ReadyFile::new);
		// A file left behind by a killed predecessor must not announce this node.
		if (readyFile.isPresent()) {
			readyFile.get().delete();
		}
		NodeHome home = NodeHome.prepare(Optional.ofNullable(arguments.settings().get("path.home")));
		JvmProperties.apply(home.nativeLibraries());

		RunningNode node = new RunningNode(arguments.settings(), home, readyFile);
		Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "elasticsearch-node-shutdown"));
		// Without handlers the JVM would still run the shutdown hook, but exit with 143 or 130 instead of 0.
		Signal.handle(new Signal("TERM"), (signal) -> System.exit(0));
		Signal.handle(new Signal("INT"), (signal) -> System.exit(0));
		if (arguments.exitWithParent()) {
			ProcessHandle.current().parent().ifPresent((parent) -> parent.onExit().thenRun(() -> System.exit(0)));
		}
		try {
			if (node.start()) {
				out.println("READY " + node.httpUrl());
				out.flush();
			}
		}
		catch (Throwable ex) {
			err.println("The Elasticsearch node failed to start:");
			ex.printStackTrace(err);
			err.flush();
			System.exit(1);
		}
		// Elasticsearch's own threads are daemons: without this wait the JVM would end right here.
		node.awaitStop();
	}

}
