package nl.ouderbetrokkenheid.esnode.reindex;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.reindex.DeleteByQueryAction;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestHandler;

/**
 * The transport action behind {@code indices:data/write/delete/byquery} (the server's own request and response classes)
 * and the {@code _delete_by_query} endpoint, as the reindex module registers them.
 */
public class DeleteByQueryPlugin extends Plugin implements ActionPlugin {

	@Override
	public Collection<ActionHandler> getActions() {
		return List.of(new ActionHandler(DeleteByQueryAction.INSTANCE, TransportDeleteByQueryAction.class));
	}

	@Override
	public Collection<RestHandler> getRestHandlers(RestHandlersServices services, Supplier<DiscoveryNodes> nodesInCluster,
			Predicate<NodeFeature> clusterSupportsFeature) {
		return List.of(new RestDeleteByQueryAction(clusterSupportsFeature));
	}

}
