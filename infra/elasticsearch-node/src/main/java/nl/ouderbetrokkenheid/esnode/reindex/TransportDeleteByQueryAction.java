package nl.ouderbetrokkenheid.esnode.reindex;

import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.support.ActionFilters;
import org.elasticsearch.action.support.HandledTransportAction;
import org.elasticsearch.client.internal.Client;
import org.elasticsearch.client.internal.ParentTaskAssigningClient;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.util.concurrent.EsExecutors;
import org.elasticsearch.index.reindex.BulkByPaginatedSearchResponse;
import org.elasticsearch.index.reindex.BulkByPaginatedSearchTask;
import org.elasticsearch.index.reindex.DeleteByQueryAction;
import org.elasticsearch.index.reindex.DeleteByQueryRequest;
import org.elasticsearch.injection.guice.Inject;
import org.elasticsearch.tasks.Task;
import org.elasticsearch.threadpool.ThreadPool;
import org.elasticsearch.transport.TransportService;

/**
 * Deletes the documents a query matches: scrolls through them and deletes each batch with a bulk request, as the reindex
 * module's action does. Slicing is not supported: a request with {@code slices} runs as one worker.
 */
public class TransportDeleteByQueryAction extends HandledTransportAction<DeleteByQueryRequest, BulkByPaginatedSearchResponse> {

	private final Client client;

	private final ClusterService clusterService;

	private final ThreadPool threadPool;

	@Inject
	public TransportDeleteByQueryAction(TransportService transportService, ActionFilters actionFilters, Client client,
			ClusterService clusterService, ThreadPool threadPool) {
		super(DeleteByQueryAction.NAME, transportService, actionFilters, DeleteByQueryRequest::new,
				EsExecutors.DIRECT_EXECUTOR_SERVICE);
		this.client = client;
		this.clusterService = clusterService;
		this.threadPool = threadPool;
	}

	@Override
	protected void doExecute(Task task, DeleteByQueryRequest request, ActionListener<BulkByPaginatedSearchResponse> listener) {
		BulkByPaginatedSearchTask deletion = (BulkByPaginatedSearchTask) task;
		deletion.setWorker(request.getRequestsPerSecond(), null);
		// Searches and bulk requests become child tasks, so cancelling the deletion cancels them too.
		Client children = new ParentTaskAssigningClient(this.client, this.clusterService.localNode(), task);
		new DeleteByQueryRun(deletion, request, children, this.threadPool, listener).start();
	}

}
