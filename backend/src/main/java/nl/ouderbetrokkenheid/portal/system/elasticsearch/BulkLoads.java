package nl.ouderbetrokkenheid.portal.system.elasticsearch;

import java.io.StringReader;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.indices.IndexSettings;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Large writes into an index that is also being searched. Such an index is refreshed every second (an index nobody
 * searches goes "search idle" and is not), and during a bulk load those refreshes and the merges they cause cost
 * about as much CPU as the indexing itself. So while a load runs, the index refreshes rarely, and afterwards it is
 * back on Elasticsearch's default. Saves that must be visible at once use an explicit refresh and do not wait for
 * the interval.
 */
@Component
@RequiredArgsConstructor
public class BulkLoads {

	/** How often the index refreshes while a load runs. */
	static final String RELAXED_REFRESH_INTERVAL = "30s";

	private static final Logger logger = LoggerFactory.getLogger(BulkLoads.class);

	private final ReactiveElasticsearchClient client;

	/**
	 * Runs a load of batches into {@code index} (an alias is fine). The refresh interval is relaxed only once a
	 * second batch comes, so a small load changes no settings, and it is put back however the load ends (done,
	 * failed or cancelled).
	 *
	 * @param batches the batches, in order
	 * @param store writes the batches (it may have several in flight)
	 */
	public <B, R> Flux<R> load(String index, Flux<B> batches, Function<Flux<B>, Flux<R>> store) {
		return Flux.usingWhen(Mono.fromSupplier(AtomicBoolean::new),
				relaxed -> store.apply(batches.index().concatMap(batch -> (batch.getT1() == 1)
						? relax(index).doOnSuccess(done -> relaxed.set(true)).thenReturn(batch.getT2())
						: Mono.just(batch.getT2()))),
				relaxed -> restore(index, relaxed), (relaxed, error) -> restore(index, relaxed),
				relaxed -> restore(index, relaxed));
	}

	private Mono<Void> relax(String index) {
		return Mono.defer(() -> this.client.indices()
			.putSettings(request -> request.index(index)
				.settings(s -> s.refreshInterval(t -> t.time(RELAXED_REFRESH_INTERVAL)))))
			.then();
	}

	private Mono<Void> restore(String index, AtomicBoolean relaxed) {
		if (!relaxed.get()) {
			return Mono.empty();
		}
		// null puts the setting back on Elasticsearch's default (1 s, and search-idle shards skip refreshes); an
		// explicit "1s" would refresh even an idle index every second. The client's typed settings refuse a null, its
		// dotted-key form passes one through.
		return Mono.defer(() -> this.client.indices()
			.putSettings(request -> request.index(index)
				.settings(IndexSettings.of(s -> s.withJson(new StringReader("{\"index.refresh_interval\":null}"))))))
			.doOnError(ex -> logger.warn("Could not put the refresh interval of {} back: {}", index, ex.toString()))
			.onErrorComplete()
			.then();
	}

}
