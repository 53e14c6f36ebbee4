package nl.ouderbetrokkenheid.esnode;

import java.util.concurrent.Callable;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A node a test class starts before its first test (before its own {@code @BeforeAll} methods too) and stops after
 * its last: {@code @RegisterExtension static final RunningNode running = RunningNode.start("name");}.
 */
final class RunningNode implements BeforeAllCallback, AfterAllCallback {

	private final Callable<NodeProcess> start;

	private NodeProcess node;

	private EsHttp http;

	private RunningNode(Callable<NodeProcess> start) {
		this.start = start;
	}

	/** A node in a new directory named {@code name}, with these settings. */
	static RunningNode start(String name, String... settings) {
		return new RunningNode(() -> NodeProcess.start(name, settings));
	}

	/** A node that {@code start} prepares and starts (it need not wait until the node is ready). */
	static RunningNode startedBy(Callable<NodeProcess> start) {
		return new RunningNode(start);
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		this.node = this.start.call();
		this.node.awaitReady();
		this.http = this.node.client();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.node != null) {
			this.node.close();
		}
	}

	/** Starts the stopped node again and talks to it wherever it now listens. */
	void restart() {
		this.node.restart().awaitReady();
		this.http = this.node.client();
	}

	NodeProcess node() {
		return this.node;
	}

	EsHttp http() {
		return this.http;
	}

}
