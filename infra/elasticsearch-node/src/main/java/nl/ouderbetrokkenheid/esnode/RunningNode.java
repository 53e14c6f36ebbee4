package nl.ouderbetrokkenheid.esnode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import nl.ouderbetrokkenheid.esnode.analysis.CommonAnalysisPlugin;
import nl.ouderbetrokkenheid.esnode.banner.RootBannerPlugin;
import nl.ouderbetrokkenheid.esnode.mapper.MapperExtrasPlugin;
import nl.ouderbetrokkenheid.esnode.percolator.PercolatorPlugin;
import nl.ouderbetrokkenheid.esnode.reindex.DeleteByQueryPlugin;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.elasticsearch.ElasticsearchException;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthRequest;
import org.elasticsearch.action.admin.cluster.health.ClusterHealthResponse;
import org.elasticsearch.action.admin.indices.analyze.ReloadAnalyzersRequest;
import org.elasticsearch.action.admin.indices.analyze.TransportReloadAnalyzersAction;
import org.elasticsearch.cluster.ClusterName;
import org.elasticsearch.cluster.health.ClusterHealthStatus;
import org.elasticsearch.common.Strings;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathPluginsNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.TransportService;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.elasticsearch.xcontent.XContentBuilder;
import org.elasticsearch.xcontent.XContentFactory;

/**
 * One Elasticsearch node: started, announced once the cluster can serve it, and closed by the shutdown hook.
 */
final class RunningNode {

	/** What the distribution's modules would provide, as far as this project needs it. */
	private static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class, RootBannerPlugin.class,
			CommonAnalysisPlugin.class, MapperExtrasPlugin.class, DeleteByQueryPlugin.class, PercolatorPlugin.class);

	private static final TimeValue HEALTH_WAIT = TimeValue.timeValueSeconds(30);

	private final Map<String, String> settings;

	private final NodeHome home;

	private final Optional<ReadyFile> readyFile;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private volatile boolean stopping;

	private volatile Node node;

	private volatile String httpUrl;

	private Logger logger;

	RunningNode(Map<String, String> settings, NodeHome home, Optional<ReadyFile> readyFile) {
		this.settings = settings;
		this.home = home;
		this.readyFile = readyFile;
	}

	/**
	 * Starts the node and waits until the cluster has an elected master and is at least yellow.
	 * @return whether the node became ready, {@code false} if it was stopped first
	 */
	boolean start() throws Exception {
		LogConfigurator.registerErrorListener();
		Settings.Builder builder = Settings.builder().put("path.home", this.home.home().toString());
		this.settings.forEach(builder::put);
		Environment environment = InternalSettingsPreparer.prepareEnvironment(builder.build(), Map.of(),
				this.home.config(), RunningNode::hostName);
		LogConfigurator.setClusterName(ClusterName.CLUSTER_NAME_SETTING.get(environment.settings()).value());
		LogConfigurator.setNodeName(Node.NODE_NAME_SETTING.get(environment.settings()));
		LogConfigurator.configure(environment, true);
		this.logger = LogManager.getLogger(RunningNode.class);
		this.logger.info("Home [{}], zstd [{}]", this.home.home(), this.home.zstd().map(Path::toString).orElse("not found"));

		this.node = new ClasspathPluginsNode(environment, PLUGINS);
		if (this.stopping) {
			return false;
		}
		this.node.start();
		if (!awaitClusterReady()) {
			return false;
		}
		reloadSearchAnalyzers();
		HttpServerTransport http = this.node.injector().getInstance(HttpServerTransport.class);
		TransportService transport = this.node.injector().getInstance(TransportService.class);
		this.httpUrl = "http://" + http.boundAddress().publishAddress();
		String readyJson = readyJson(transport.boundAddress().publishAddress().toString(),
				Node.NODE_NAME_SETTING.get(environment.settings()));
		// Under the same lock as stop(), so a node stopping right now cannot leave a ready file behind.
		synchronized (this) {
			if (this.stopping) {
				return false;
			}
			if (this.readyFile.isPresent()) {
				this.readyFile.get().write(readyJson);
			}
		}
		this.logger.info("Ready at [{}]", this.httpUrl);
		return true;
	}

	private boolean awaitClusterReady() throws InterruptedException {
		while (!this.stopping) {
			try {
				ClusterHealthRequest request = new ClusterHealthRequest(HEALTH_WAIT).waitForYellowStatus()
					.timeout(HEALTH_WAIT);
				ClusterHealthResponse health = this.node.client().admin().cluster().health(request).actionGet();
				if (!health.isTimedOut() && health.getStatus() != ClusterHealthStatus.RED) {
					return true;
				}
				this.logger.info("Waiting for the cluster to become yellow: it is {} with {} node(s)", health.getStatus(),
						health.getNumberOfNodes());
			}
			catch (ElasticsearchException | IllegalStateException ex) {
				// Typically no master yet: the other master-eligible nodes of a new cluster are still starting.
				this.logger.info("Waiting for the cluster: {}", ex.getMessage());
				TimeUnit.SECONDS.sleep(1);
			}
		}
		return false;
	}

	/**
	 * Search analyzers with a {@code synonyms_set} read their rules when their shard recovers; at a restart that may be
	 * before the {@code .synonyms} index is searchable, and they then stay without synonyms until the set changes (stock
	 * Elasticsearch behaves the same). With every primary active now, one reload makes a restarted node complete.
	 */
	private void reloadSearchAnalyzers() {
		try {
			this.node.client().execute(TransportReloadAnalyzersAction.TYPE, new ReloadAnalyzersRequest(null, false, "*"))
				.actionGet(HEALTH_WAIT);
		}
		catch (ElasticsearchException | IllegalStateException ex) {
			this.logger.warn("Could not reload the search analyzers: {}", ex.getMessage());
		}
	}

	private String readyJson(String transportAddress, String nodeName) throws IOException {
		try (XContentBuilder json = XContentFactory.jsonBuilder()) {
			json.startObject()
				.field("http", this.httpUrl)
				.field("transport", transportAddress)
				.field("pid", ProcessHandle.current().pid())
				.field("node", nodeName)
				.endObject();
			return Strings.toString(json);
		}
	}

	String httpUrl() {
		return this.httpUrl;
	}

	void awaitStop() throws InterruptedException {
		this.stopped.await();
	}

	/** Runs in the shutdown hook, whatever state the node reached. */
	synchronized void stop() {
		this.stopping = true;
		try {
			if (this.readyFile.isPresent()) {
				this.readyFile.get().delete();
			}
			Node running = this.node;
			if (running != null) {
				running.prepareForClose();
				running.close();
				if (!running.awaitClose(10, TimeUnit.SECONDS)) {
					this.logger.warn("The node did not close within 10 seconds");
				}
			}
			this.home.deleteIfTemporary();
		}
		catch (Exception ex) {
			if (this.logger != null) {
				this.logger.error("Failed to stop the node cleanly", ex);
			}
			else {
				ex.printStackTrace();
			}
		}
		finally {
			LogManager.shutdown();
			this.stopped.countDown();
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "elasticsearch-node";
		}
	}

}
