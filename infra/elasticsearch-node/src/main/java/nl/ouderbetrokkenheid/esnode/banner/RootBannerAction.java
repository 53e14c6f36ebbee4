package nl.ouderbetrokkenheid.esnode.banner;

import java.util.List;
import java.util.function.Supplier;

import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterState;
import org.elasticsearch.cluster.metadata.Metadata;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;

/** The root banner, field for field as a stock node writes it. */
class RootBannerAction extends BaseRestHandler {

	private final Supplier<ClusterService> clusterService;

	RootBannerAction(Supplier<ClusterService> clusterService) {
		this.clusterService = clusterService;
	}

	@Override
	public String getName() {
		return "root_banner_action";
	}

	@Override
	public List<Route> routes() {
		return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
	}

	@Override
	public boolean canTripCircuitBreaker() {
		return false;
	}

	@Override
	protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
		ClusterService clusterService = this.clusterService.get();
		ClusterState state = clusterService.state();
		Build build = Build.current();
		return (channel) -> {
			XContentBuilder json = channel.newBuilder();
			// Pretty by default, as on a stock node; ?pretty=false turns it off.
			if (!request.hasParam("pretty")) {
				json.prettyPrint().lfAtEnd();
			}
			json.startObject()
				.field("name", clusterService.localNode().getName())
				.field("cluster_name", state.getClusterName().value())
				.field("cluster_uuid",
						state.metadata().clusterUUIDCommitted() ? state.metadata().clusterUUID()
								: Metadata.UNKNOWN_CLUSTER_UUID)
				.startObject("version")
				.field("number", build.qualifiedVersion())
				.field("build_flavor", "default")
				.field("build_type", build.type().displayName())
				.field("build_hash", build.hash())
				.field("build_date", build.date())
				.field("build_snapshot", build.isSnapshot())
				.field("lucene_version", IndexVersion.current().luceneVersion().toString())
				.field("minimum_wire_compatibility_version", build.minWireCompatVersion())
				.field("minimum_index_compatibility_version", build.minIndexCompatVersion())
				.endObject()
				.field("tagline", "You Know, for Search")
				.endObject();
			channel.sendResponse(new RestResponse(RestStatus.OK, json));
		};
	}

}
