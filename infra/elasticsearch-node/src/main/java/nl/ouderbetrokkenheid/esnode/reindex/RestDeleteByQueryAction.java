package nl.ouderbetrokkenheid.esnode.reindex;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.elasticsearch.action.bulk.BulkItemResponse;
import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.action.support.ActiveShardCount;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.common.bytes.BytesReference;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.reindex.AbstractBulkByPaginatedSearchRequest;
import org.elasticsearch.index.reindex.BulkByPaginatedSearchResponse;
import org.elasticsearch.index.reindex.DeleteByQueryAction;
import org.elasticsearch.index.reindex.DeleteByQueryRequest;
import org.elasticsearch.index.reindex.PaginatedSearchFailure;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.rest.action.RestBuilderListener;
import org.elasticsearch.rest.action.search.RestSearchAction;
import org.elasticsearch.xcontent.XContentBuilder;
import org.elasticsearch.xcontent.XContentFactory;
import org.elasticsearch.xcontent.XContentParser;
import org.elasticsearch.xcontent.XContentParserConfiguration;

/**
 * {@code POST /{index}/_delete_by_query} with the reindex module's body ({@code query}, {@code max_docs},
 * {@code conflicts}, {@code slice}, {@code sort}) and parameters ({@code conflicts}, {@code max_docs}, {@code refresh},
 * {@code scroll_size}, {@code scroll}, {@code timeout}, {@code wait_for_active_shards}, {@code requests_per_second},
 * {@code routing}, {@code q}, ...). {@code wait_for_completion=false} is refused: this node does not store task results.
 */
class RestDeleteByQueryAction extends BaseRestHandler {

	private final Predicate<NodeFeature> clusterSupportsFeature;

	RestDeleteByQueryAction(Predicate<NodeFeature> clusterSupportsFeature) {
		this.clusterSupportsFeature = clusterSupportsFeature;
	}

	@Override
	public String getName() {
		return "delete_by_query_action";
	}

	@Override
	public List<Route> routes() {
		return List.of(new Route(RestRequest.Method.POST, "/{index}/_delete_by_query"));
	}

	@Override
	protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) throws IOException {
		if (!request.paramAsBoolean("wait_for_completion", true)) {
			throw new IllegalArgumentException(
					"[wait_for_completion=false] is not supported by this development node: it does not store task results");
		}
		DeleteByQueryRequest deletion = parse(request);
		return (channel) -> client.executeLocally(DeleteByQueryAction.INSTANCE, deletion,
				new RestBuilderListener<BulkByPaginatedSearchResponse>(channel) {

					@Override
					public RestResponse buildResponse(BulkByPaginatedSearchResponse response, XContentBuilder builder)
							throws Exception {
						builder.startObject();
						response.toXContent(builder, request);
						builder.endObject();
						return new RestResponse(status(response), builder);
					}

				});
	}

	private DeleteByQueryRequest parse(RestRequest request) throws IOException {
		DeleteByQueryRequest deletion = new DeleteByQueryRequest();
		SearchRequest search = deletion.getSearchRequest();
		// The search parser does not know max_docs and conflicts, so they are taken out of the body first.
		try (XContentParser body = withoutOwnFields(request, deletion)) {
			RestSearchAction.parseSearchRequest(search, request, body, this.clusterSupportsFeature, (size) -> {
				throw new IllegalArgumentException("invalid parameter [size], use [max_docs] instead");
			});
		}
		search.source().size(request.paramAsInt("scroll_size", search.source().size()));
		if (request.hasParam("conflicts")) {
			deletion.setConflicts(request.param("conflicts"));
		}
		if (request.hasParam("max_docs")) {
			setMaxDocs(deletion, request.paramAsInt("max_docs", -1));
		}
		if (request.hasParam("search_timeout")) {
			search.source().timeout(request.paramAsTime("search_timeout", null));
		}
		deletion.setRefresh(request.paramAsBoolean("refresh", deletion.isRefresh()));
		deletion.setTimeout(request.paramAsTime("timeout", deletion.getTimeout()));
		if (request.hasParam("wait_for_active_shards")) {
			deletion.setWaitForActiveShards(ActiveShardCount.parseString(request.param("wait_for_active_shards")));
		}
		if (request.hasParam("requests_per_second")) {
			deletion.setRequestsPerSecond(requestsPerSecond(request.param("requests_per_second")));
		}
		if (request.hasParam("slices")) {
			deletion.setSlices(slices(request.param("slices")));
		}
		if (request.hasParam("scroll")) {
			deletion.setScroll(request.paramAsTime("scroll", null));
		}
		return deletion;
	}

	private static XContentParser withoutOwnFields(RestRequest request, DeleteByQueryRequest deletion) throws IOException {
		if (!request.hasContentOrSourceParam()) {
			return null;
		}
		try (XContentParser parser = request.contentOrSourceParamParser();
				XContentBuilder builder = XContentFactory.contentBuilder(parser.contentType())) {
			Map<String, Object> body = parser.map();
			Object conflicts = body.remove("conflicts");
			if (conflicts != null) {
				deletion.setConflicts(conflicts.toString());
			}
			Object maxDocs = body.remove("max_docs");
			if (maxDocs instanceof Number number) {
				setMaxDocs(deletion, number.intValue());
			}
			XContentParserConfiguration config = XContentParserConfiguration.EMPTY.withRegistry(parser.getXContentRegistry())
				.withDeprecationHandler(parser.getDeprecationHandler());
			return parser.contentType().xContent().createParser(config, BytesReference.bytes(builder.map(body)).streamInput());
		}
	}

	/** As stock: the body and the URL may both name {@code max_docs}, but only with the same value. */
	private static void setMaxDocs(DeleteByQueryRequest deletion, int maxDocs) {
		if (deletion.getMaxDocs() != AbstractBulkByPaginatedSearchRequest.MAX_DOCS_ALL_MATCHES
				&& deletion.getMaxDocs() != maxDocs) {
			throw new IllegalArgumentException("[max_docs] set to two different values [" + deletion.getMaxDocs() + "] and ["
					+ maxDocs + "]");
		}
		deletion.setMaxDocs(maxDocs);
	}

	private static float requestsPerSecond(String value) {
		float parsed;
		try {
			parsed = Float.parseFloat(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("[requests_per_second] must be a float greater than 0. Use -1 to disable throttling.",
					ex);
		}
		if (parsed == -1) {
			return Float.POSITIVE_INFINITY;
		}
		if (parsed <= 0) {
			throw new IllegalArgumentException("[requests_per_second] must be a float greater than 0. Use -1 to disable throttling.");
		}
		return parsed;
	}

	private static int slices(String value) {
		if (AbstractBulkByPaginatedSearchRequest.AUTO_SLICES_VALUE.equals(value)) {
			return AbstractBulkByPaginatedSearchRequest.AUTO_SLICES;
		}
		try {
			int slices = Integer.parseInt(value);
			if (slices >= 1) {
				return slices;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException("[slices] must be a positive integer or the string \"auto\", but was [" + value + "]");
	}

	/** As stock: the most severe status among the failures, 408 if the search timed out, else 200. */
	private static RestStatus status(BulkByPaginatedSearchResponse response) {
		RestStatus status = response.isTimedOut() ? RestStatus.REQUEST_TIMEOUT : RestStatus.OK;
		for (BulkItemResponse.Failure failure : response.getBulkFailures()) {
			if (failure.getStatus().getStatus() > status.getStatus()) {
				status = failure.getStatus();
			}
		}
		for (PaginatedSearchFailure failure : response.getSearchFailures()) {
			if (failure.getStatus().getStatus() > status.getStatus()) {
				status = failure.getStatus();
			}
		}
		return status;
	}

}
