package nl.ouderbetrokkenheid.portal.system.elasticsearch;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.nodes.Breaker;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.httpcomponents.hc5.PoolingHttpClientConnectionManagerMetricsBinder;
import nl.ouderbetrokkenheid.portal.system.JobRounds;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.core5.pool.ConnPoolControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * The cluster as the backend meets it, for operators: the client's connection pool (connections leased and
 * available, requests waiting for one) and each node's circuit breakers (memory estimated against the limit, trips).
 * The breakers are read every {@link #REFRESH} by each replica, not per scrape, so scraping never reaches the
 * cluster; a node that leaves keeps its last values until the replica restarts.
 */
@Component
class ElasticsearchMeters {

	private static final Logger logger = LoggerFactory.getLogger(ElasticsearchMeters.class);

	static final Duration REFRESH = Duration.ofSeconds(30);

	private final ElasticsearchAsyncClient cluster;

	private final JobRounds rounds;

	private final MeterRegistry meters;

	/** Latest reading per node and breaker, "node/breaker". */
	private final Map<String, Breaker> breakers = new ConcurrentHashMap<>();

	ElasticsearchMeters(ReactiveElasticsearchClient client, ObjectProvider<Rest5Client> http, JobRounds rounds,
			MeterRegistry meters) {
		this.cluster = new ElasticsearchAsyncClient(client._transport(), client._transportOptions());
		this.rounds = rounds;
		this.meters = meters;
		http.ifAvailable(this::bindPool);
	}

	/**
	 * The low-level client does not hand out its connection pool, so it is read from the client's fields: worth it,
	 * because a pool with requests waiting is the first sign of a cluster that cannot keep up. Should a client version
	 * rename the fields, the pool goes unmeasured and the log says so; nothing else changes.
	 */
	@SuppressWarnings("unchecked")
	private void bindPool(Rest5Client http) {
		try {
			Object asyncClient = field(http, "client");
			Object manager = field(asyncClient, "manager");
			new PoolingHttpClientConnectionManagerMetricsBinder((ConnPoolControl<HttpRoute>) manager, "elasticsearch")
				.bindTo(this.meters);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			logger.warn("The Elasticsearch client's connection pool is not measured: {}", ex.toString());
		}
	}

	private static Object field(Object owner, String name) throws ReflectiveOperationException {
		for (Class<?> type = owner.getClass(); type != null; type = type.getSuperclass()) {
			try {
				Field field = type.getDeclaredField(name);
				field.setAccessible(true);
				return field.get(owner);
			}
			catch (NoSuchFieldException ex) {
				// declared higher up
			}
		}
		throw new NoSuchFieldException(owner.getClass().getName() + "." + name);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.rounds.every(Duration.ZERO, REFRESH, "Elasticsearch meters", this::refresh);
	}

	Mono<Void> refresh() {
		return Mono.fromFuture(() -> this.cluster.nodes().stats(s -> s.metric("breaker"))).doOnNext(stats -> stats
			.nodes()
			.values()
			.forEach(node -> node.breakers().forEach((name, breaker) -> record(node.name(), name, breaker)))).then();
	}

	private void record(String node, String name, Breaker breaker) {
		String key = node + "/" + name;
		if (this.breakers.put(key, breaker) == null) {
			Gauge.builder("elasticsearch.breaker.estimated", this.breakers, b -> bytes(b.get(key).estimatedSizeInBytes()))
				.description("Memory a circuit breaker counts as in use")
				.baseUnit("bytes")
				.tags("node", node, "breaker", name)
				.register(this.meters);
			Gauge.builder("elasticsearch.breaker.limit", this.breakers, b -> bytes(b.get(key).limitSizeInBytes()))
				.description("A circuit breaker's limit")
				.baseUnit("bytes")
				.tags("node", node, "breaker", name)
				.register(this.meters);
			FunctionCounter.builder("elasticsearch.breaker.tripped", this.breakers, b -> {
				Float tripped = b.get(key).tripped();
				return (tripped != null) ? tripped : 0;
			})
				.description("Requests a circuit breaker refused since the node started")
				.tags("node", node, "breaker", name)
				.register(this.meters);
		}
	}

	private static double bytes(Long value) {
		return (value != null) ? value : Double.NaN;
	}

}
