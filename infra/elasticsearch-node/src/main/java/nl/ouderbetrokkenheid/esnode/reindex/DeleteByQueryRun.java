package nl.ouderbetrokkenheid.esnode.reindex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.lucene.search.TotalHits;
import org.elasticsearch.ExceptionsHelper;
import org.elasticsearch.action.ActionListener;
import org.elasticsearch.action.admin.indices.refresh.RefreshRequest;
import org.elasticsearch.action.bulk.BulkItemResponse;
import org.elasticsearch.action.bulk.BulkRequest;
import org.elasticsearch.action.bulk.BulkResponse;
import org.elasticsearch.action.delete.DeleteRequest;
import org.elasticsearch.action.search.ClearScrollRequest;
import org.elasticsearch.action.search.SearchRequest;
import org.elasticsearch.action.search.SearchResponse;
import org.elasticsearch.action.search.SearchScrollRequest;
import org.elasticsearch.action.search.ShardSearchFailure;
import org.elasticsearch.action.support.ContextPreservingActionListener;
import org.elasticsearch.client.internal.Client;
import org.elasticsearch.common.document.DocumentField;
import org.elasticsearch.common.util.concurrent.AbstractRunnable;
import org.elasticsearch.core.CheckedConsumer;
import org.elasticsearch.core.TimeValue;
import org.elasticsearch.index.engine.VersionConflictEngineException;
import org.elasticsearch.index.mapper.RoutingFieldMapper;
import org.elasticsearch.index.reindex.AbstractBulkByPaginatedSearchRequest;
import org.elasticsearch.index.reindex.BulkByPaginatedSearchResponse;
import org.elasticsearch.index.reindex.BulkByPaginatedSearchTask;
import org.elasticsearch.index.reindex.DeleteByQueryRequest;
import org.elasticsearch.index.reindex.PaginatedSearchFailure;
import org.elasticsearch.index.reindex.WorkerBulkByPaginatedSearchTaskState;
import org.elasticsearch.search.SearchHit;
import org.elasticsearch.search.builder.SearchSourceBuilder;
import org.elasticsearch.search.sort.SortBuilders;
import org.elasticsearch.threadpool.ThreadPool;

/**
 * One delete-by-query: search with a scroll, delete each batch of hits by id at the sequence number the search saw (a
 * document changed meanwhile is a version conflict, not deleted), until no hits are left, {@code max_docs} are deleted,
 * a failure occurs or the task is cancelled. Then clear the scroll, refresh the indices deleted from if asked, and answer
 * with the counts. Failures of single documents or shards end the run and are reported in the response, as stock does;
 * a search that fails as a whole fails the request.
 */
final class DeleteByQueryRun {

	private static final Logger logger = LogManager.getLogger(DeleteByQueryRun.class);

	private final BulkByPaginatedSearchTask task;

	private final WorkerBulkByPaginatedSearchTaskState worker;

	private final DeleteByQueryRequest request;

	private final Client client;

	private final ThreadPool threadPool;

	private final ActionListener<BulkByPaginatedSearchResponse> listener;

	private final long startNanos = System.nanoTime();

	private final Set<String> deletedFrom = ConcurrentHashMap.newKeySet();

	private final List<BulkItemResponse.Failure> bulkFailures = new CopyOnWriteArrayList<>();

	private final List<PaginatedSearchFailure> searchFailures = new CopyOnWriteArrayList<>();

	private final AtomicBoolean finished = new AtomicBoolean();

	private volatile String scrollId;

	private volatile boolean timedOut;

	private volatile long lastBatchStartNanos;

	private volatile int lastBatchSize;

	DeleteByQueryRun(BulkByPaginatedSearchTask task, DeleteByQueryRequest request, Client client, ThreadPool threadPool,
			ActionListener<BulkByPaginatedSearchResponse> listener) {
		this.task = task;
		this.worker = task.getWorkerState();
		this.request = request;
		this.client = client;
		this.threadPool = threadPool;
		// Every step runs in the caller's thread context: the synonyms service's origin is what lets it reach .synonyms.
		this.listener = ContextPreservingActionListener.wrapPreservingContext(listener, threadPool.getThreadContext());
	}

	void start() {
		SearchRequest search = this.request.getSearchRequest();
		SearchSourceBuilder source = search.source();
		// As stock: document order unless the request sorts, the sequence numbers for the deletes, and a true total.
		if (source.sorts() == null || source.sorts().isEmpty()) {
			source.sort(SortBuilders.fieldSort("_doc"));
		}
		source.seqNoAndPrimaryTerm(true);
		if (source.trackTotalHitsUpTo() == null) {
			source.trackTotalHits(true);
		}
		int maxDocs = this.request.getMaxDocs();
		if (maxDocs != AbstractBulkByPaginatedSearchRequest.MAX_DOCS_ALL_MATCHES && maxDocs < source.size()) {
			source.size(maxDocs);
		}
		if (search.scroll() == null) {
			search.scroll(AbstractBulkByPaginatedSearchRequest.DEFAULT_SCROLL_TIMEOUT);
		}
		this.lastBatchStartNanos = System.nanoTime();
		this.client.search(search, step((response) -> onSearchResponse(response, true)));
	}

	private void onSearchResponse(SearchResponse response, boolean first) {
		if (response.getScrollId() != null) {
			this.scrollId = response.getScrollId();
		}
		if (first) {
			TotalHits total = response.getHits().getTotalHits();
			long hits = (total != null) ? total.value() : 0;
			int maxDocs = this.request.getMaxDocs();
			this.worker.setTotal((maxDocs != AbstractBulkByPaginatedSearchRequest.MAX_DOCS_ALL_MATCHES) ? Math.min(hits, maxDocs)
					: hits);
		}
		for (ShardSearchFailure failure : response.getShardFailures()) {
			this.searchFailures.add(new PaginatedSearchFailure(failure.getCause(), failure.index(),
					(failure.shardId() >= 0) ? failure.shardId() : null,
					(failure.shard() != null) ? failure.shard().getNodeId() : null));
		}
		if (response.isTimedOut()) {
			this.timedOut = true;
		}
		// The response is released after this listener returns, so take what the deletes need now.
		List<Hit> hits = Arrays.stream(response.getHits().getHits()).map(Hit::of).toList();
		if (!this.searchFailures.isEmpty() || this.timedOut || hits.isEmpty()) {
			finish(null);
			return;
		}
		// requests_per_second: the next batch waits as long as the throttle says (no wait without a throttle).
		this.worker.delayPrepareBulkRequest(this.threadPool, this.lastBatchStartNanos, this.lastBatchSize,
				new AbstractRunnable() {

					@Override
					protected void doRun() {
						deleteBatch(hits);
					}

					@Override
					public void onFailure(Exception ex) {
						finish(ex);
					}

				});
	}

	private void deleteBatch(List<Hit> hits) {
		if (this.task.isCancelled()) {
			finish(null);
			return;
		}
		this.lastBatchStartNanos = System.nanoTime();
		this.worker.countBatch();
		List<Hit> batch = hits;
		int maxDocs = this.request.getMaxDocs();
		if (maxDocs != AbstractBulkByPaginatedSearchRequest.MAX_DOCS_ALL_MATCHES) {
			int remaining = (int) Math.max(0, maxDocs - this.worker.getSuccessfullyProcessed());
			batch = hits.subList(0, Math.min(remaining, hits.size()));
		}
		this.lastBatchSize = batch.size();
		if (batch.isEmpty()) {
			finish(null);
			return;
		}
		BulkRequest bulk = new BulkRequest();
		for (Hit hit : batch) {
			DeleteRequest delete = new DeleteRequest(hit.index(), hit.id()).setIfSeqNo(hit.seqNo())
				.setIfPrimaryTerm(hit.primaryTerm());
			delete.routing(hit.routing());
			bulk.add(delete);
		}
		bulk.timeout(this.request.getTimeout());
		bulk.waitForActiveShards(this.request.getWaitForActiveShards());
		this.client.bulk(bulk, step(this::onBulkResponse));
	}

	private void onBulkResponse(BulkResponse response) {
		for (BulkItemResponse item : response.getItems()) {
			if (item.isFailed()) {
				boolean conflict = ExceptionsHelper.unwrapCause(item.getFailure().getCause()) instanceof VersionConflictEngineException;
				if (conflict) {
					this.worker.countVersionConflict();
				}
				if (!conflict || this.request.isAbortOnVersionConflict()) {
					this.bulkFailures.add(item.getFailure());
				}
				continue;
			}
			switch (item.getResponse().getResult()) {
				case DELETED -> {
					this.worker.countDeleted();
					this.deletedFrom.add(item.getIndex());
				}
				default -> this.worker.countNoop();
			}
		}
		int maxDocs = this.request.getMaxDocs();
		boolean enough = maxDocs != AbstractBulkByPaginatedSearchRequest.MAX_DOCS_ALL_MATCHES
				&& this.worker.getSuccessfullyProcessed() >= maxDocs;
		if (!this.bulkFailures.isEmpty() || enough || this.task.isCancelled() || this.scrollId == null) {
			finish(null);
			return;
		}
		SearchScrollRequest next = new SearchScrollRequest(this.scrollId).scroll(this.request.getScrollTime());
		this.client.searchScroll(next, step((searchResponse) -> onSearchResponse(searchResponse, false)));
	}

	/** Ends the run once: clears the scroll, refreshes if asked, then answers or fails. */
	private void finish(Exception failure) {
		if (!this.finished.compareAndSet(false, true)) {
			return;
		}
		clearScroll();
		if (failure != null) {
			this.listener.onFailure(failure);
			return;
		}
		if (!this.request.isRefresh() || this.deletedFrom.isEmpty()) {
			respond();
			return;
		}
		RefreshRequest refresh = new RefreshRequest(this.deletedFrom.toArray(String[]::new));
		this.client.admin().indices().refresh(refresh, ActionListener.wrap((ignored) -> respond(), this.listener::onFailure));
	}

	private void respond() {
		TimeValue took = new TimeValue(System.nanoTime() - this.startNanos, TimeUnit.NANOSECONDS);
		this.listener.onResponse(new BulkByPaginatedSearchResponse(took, this.worker.getStatus(),
				new ArrayList<>(this.bulkFailures), new ArrayList<>(this.searchFailures), this.timedOut));
	}

	private void clearScroll() {
		if (this.scrollId == null) {
			return;
		}
		ClearScrollRequest clear = new ClearScrollRequest();
		clear.addScrollId(this.scrollId);
		// Not worth failing the request for: the scroll expires by itself.
		this.client.clearScroll(clear, ActionListener.wrap((ignored) -> {
		}, (ex) -> logger.debug("Failed to clear scroll", ex)));
	}

	/** A listener that continues the run; an exception, also one thrown while continuing, ends it. */
	private <T> ActionListener<T> step(CheckedConsumer<T, Exception> next) {
		return ContextPreservingActionListener.wrapPreservingContext(ActionListener.wrap(next, this::finish),
				this.threadPool.getThreadContext());
	}

	private record Hit(String index, String id, String routing, long seqNo, long primaryTerm) {

		static Hit of(SearchHit hit) {
			DocumentField routing = hit.field(RoutingFieldMapper.NAME);
			return new Hit(hit.getIndex(), hit.getId(), (routing != null) ? routing.getValue() : null, hit.getSeqNo(),
					hit.getPrimaryTerm());
		}

	}

}
