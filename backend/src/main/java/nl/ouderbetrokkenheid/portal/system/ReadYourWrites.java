package nl.ouderbetrokkenheid.portal.system;

import co.elastic.clients.elasticsearch._types.Refresh;

import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.RefreshPolicy;

import reactor.core.publisher.Mono;

/**
 * The one policy for a person seeing their own writes (docs/conventions.md): a write that its writer next reads
 * through a search answers only once searches show it ({@code refresh=wait_for}); reads by id are realtime and need
 * nothing. Under a burst, wait once per batch. The single exception is an index a bulk load may be filling: the load
 * relaxes its refresh interval ({@code system.elasticsearch.BulkLoads}), so a wait could last that long, and such a
 * write refreshes at once instead.
 */
public final class ReadYourWrites {

	private ReadYourWrites() {
	}

	/** Operations whose writes answer once searches show them. */
	public static ReactiveElasticsearchOperations visible(ReactiveElasticsearchOperations operations) {
		return operations.withRefreshPolicy(RefreshPolicy.WAIT_UNTIL);
	}

	/** As {@link #visible}, for an index that bulk loads fill (the catalogue): the write refreshes the index itself. */
	public static ReactiveElasticsearchOperations visibleDuringBulkLoads(ReactiveElasticsearchOperations operations) {
		return operations.withRefreshPolicy(RefreshPolicy.IMMEDIATE);
	}

	/**
	 * For a batch written document by document through Spring Data, where no bulk request carries {@code wait_for}:
	 * one refresh of the index once the batch is written makes all of it visible, instead of a wait per document.
	 */
	public static Mono<Void> visibleAfterBatch(ReactiveElasticsearchOperations operations, Class<?> type) {
		return Mono.defer(() -> operations.indexOps(type).refresh());
	}

	/** The Java client's refresh parameter for a write or batch: wait until searches show it, or not at all. */
	public static Refresh refresh(boolean visible) {
		return visible ? Refresh.WaitFor : Refresh.False;
	}

}
