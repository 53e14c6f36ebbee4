package nl.ouderbetrokkenheid.esnode.banner;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.lucene.util.SetOnce;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestHandler;

/**
 * Answers {@code GET /} and {@code HEAD /} like the distribution's rest-root module, which is not published. Clients
 * read the version from this banner before they talk to the node.
 */
public class RootBannerPlugin extends Plugin implements ActionPlugin {

	private final SetOnce<ClusterService> clusterService = new SetOnce<>();

	@Override
	public Collection<?> createComponents(PluginServices services) {
		this.clusterService.set(services.clusterService());
		return List.of();
	}

	@Override
	public Collection<RestHandler> getRestHandlers(RestHandlersServices services, Supplier<DiscoveryNodes> nodesInCluster,
			Predicate<NodeFeature> clusterSupportsFeature) {
		return List.of(new RootBannerAction(this.clusterService::get));
	}

}
