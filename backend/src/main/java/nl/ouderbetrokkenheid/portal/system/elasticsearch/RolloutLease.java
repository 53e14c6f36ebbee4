package nl.ouderbetrokkenheid.portal.system.elasticsearch;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;

import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Makes sure only one backend replica rolls an index forward at a time: a lease document created with
 * {@code op_type=create}, which Elasticsearch lets exactly one writer create. A lease whose holder died expires and
 * can be taken over.
 */
@Component
class RolloutLease {

	/** Another replica is rolling this index forward; try again once it is done. */
	static class Held extends IllegalStateException {

		Held(String name) {
			super("Another replica is rolling index " + name + " forward");
		}

	}

	private static final Duration TERM = Duration.ofMinutes(15);

	private final ReactiveElasticsearchClient client;

	private final String index;

	private final Clock clock;

	private final String owner = UUID.randomUUID().toString();

	RolloutLease(ReactiveElasticsearchClient client, IndexNames names, Clock clock) {
		this.client = client;
		this.index = names.alias("rollout-leases");
		this.clock = clock;
	}

	<T> Mono<T> hold(String name, Mono<T> work) {
		String id = "rollout-" + name;
		return ensureIndex().then(acquire(id, name))
			.then(work)
			.flatMap(result -> release(id).thenReturn(result))
			.onErrorResume(ex -> !(ex instanceof Held), ex -> release(id).then(Mono.error(ex)));
	}

	private Mono<Void> ensureIndex() {
		return Mono.defer(() -> this.client.indices()
			.create(c -> c.index(this.index)
				.settings(s -> s.numberOfShards("1").numberOfReplicas("0").autoExpandReplicas("0-1"))))
			.then()
			.onErrorResume(ElasticsearchException.class,
					ex -> "resource_already_exists_exception".equals(ex.error().type()) ? Mono.empty() : Mono.error(ex));
	}

	private Mono<Void> acquire(String id, String name) {
		long expires = this.clock.millis() + TERM.toMillis();
		return Mono.defer(() -> this.client.index(i -> i.index(this.index)
			.id(id)
			.opType(OpType.Create)
			.refresh(co.elastic.clients.elasticsearch._types.Refresh.True)
			.document(Map.of("owner", this.owner, "expires", expires))))
			.then()
			.onErrorResume(ElasticsearchException.class, ex -> (ex.status() == 409) ? takeOverIfExpired(id, name)
					: Mono.error(ex));
	}

	@SuppressWarnings("rawtypes")
	private Mono<Void> takeOverIfExpired(String id, String name) {
		return Mono.defer(() -> this.client.get(g -> g.index(this.index).id(id), Map.class)).flatMap(current -> {
			Object expires = current.found() ? current.source().get("expires") : null;
			if (expires instanceof Number number && number.longValue() < this.clock.millis()) {
				// The holder died mid-rollout; remove its lease (only if unchanged) and try to take it.
				return Mono.defer(() -> this.client.delete(d -> d.index(this.index)
					.id(id)
					.ifSeqNo(current.seqNo())
					.ifPrimaryTerm(current.primaryTerm())))
					.onErrorResume(ElasticsearchException.class, ex -> Mono.empty())
					.then(Mono.error(new Held(name)));
			}
			return Mono.error(new Held(name));
		});
	}

	private Mono<Void> release(String id) {
		return Mono.defer(() -> this.client.delete(d -> d.index(this.index).id(id)))
			.then()
			.onErrorResume(ElasticsearchException.class, ex -> Mono.empty());
	}

}
