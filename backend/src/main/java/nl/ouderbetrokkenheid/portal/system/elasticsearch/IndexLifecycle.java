package nl.ouderbetrokkenheid.portal.system.elasticsearch;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.json.JsonData;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Brings one index definition into force behind its alias. Safe to run again and again, and from several backend
 * replicas at once: each step either finds its work done or does it.
 */
@Component
@RequiredArgsConstructor
public class IndexLifecycle {

	/** What {@link #ensure} found and did. */
	public enum Outcome {

		/** There was no alias: the index was created behind it. */
		CREATED,
		/** The alias already pointed at this version. */
		UNCHANGED,
		/** The alias pointed at an older version: documents were copied into a new index and the alias moved. */
		ROLLED_FORWARD,
		/** The alias points at a newer version (an older replica during a rolling deploy): left alone. */
		NEWER_IN_PLACE

	}

	private static final Logger logger = LoggerFactory.getLogger(IndexLifecycle.class);

	private static final int COPY_BATCH = 500;

	private static final String KEEP_ALIVE = "2m";

	private final ReactiveElasticsearchClient client;

	private final IndexNames names;

	private final IndexProperties properties;

	private final JsonMapper json = JsonMapper.builder().build();

	// The client sends a request the moment a method is called, not on subscription, so every step after the first
	// is deferred: otherwise "create, then alias" would race.

	private final RolloutLease lease;

	private final Clock clock;

	private final SynonymSets synonymSets;

	/**
	 * @param deadline when a roll-forward's copy must be done; one that is not fails (and leaves the old index as it
	 * was), so start-up can give up without leaving a half-done rollout behind
	 */
	public Mono<Outcome> ensure(IndexDefinition definition, Instant deadline) {
		String alias = this.names.alias(definition.name());
		String target = this.names.versioned(definition.name(), definition.version());
		return Mono.defer(() -> indicesBehind(alias)).flatMap(indices -> {
			if (indices.isEmpty()) {
				return create(definition, target, alias).thenReturn(Outcome.CREATED);
			}
			if (indices.contains(target)) {
				return Mono.just(Outcome.UNCHANGED);
			}
			String newest = indices.stream()
				.max((a, b) -> Integer.compare(this.names.versionOf(definition.name(), a),
						this.names.versionOf(definition.name(), b)))
				.orElseThrow();
			if (this.names.versionOf(definition.name(), newest) > definition.version()) {
				logger.warn("Alias {} points at {}, newer than definition v{}; leaving it", alias, newest,
						definition.version());
				return Mono.just(Outcome.NEWER_IN_PLACE);
			}
			// Under the lease, look again: another replica may have finished the rollout while this one waited.
			return this.lease.hold(definition.name(),
					Mono.defer(() -> indicesBehind(alias)).flatMap(now -> now.contains(target) ? Mono.just(Outcome.UNCHANGED)
							: rollForward(definition, newest, target, alias, deadline).thenReturn(Outcome.ROLLED_FORWARD)));
		});
	}

	private Mono<Set<String>> indicesBehind(String alias) {
		return this.client.indices()
			.existsAlias(request -> request.name(alias))
			.flatMap(exists -> exists.value()
					? Mono.defer(() -> this.client.indices().getAlias(request -> request.name(alias)))
						.map(r -> r.aliases().keySet())
					: Mono.just(Set.<String>of()));
	}

	private Mono<Void> create(IndexDefinition definition, String index, String alias) {
		return createIndex(definition, index)
			.then(Mono.defer(() -> this.client.indices()
				.updateAliases(request -> request.actions(a -> a.add(add -> add.index(index).alias(alias).isWriteIndex(true))))))
			.doOnSuccess(r -> logger.info("Created index {} behind alias {}", index, alias))
			.then();
	}

	/** Creates the index, or finds it already there (another replica, or an interrupted earlier start). */
	private Mono<Void> createIndex(IndexDefinition definition, String index) {
		CreateIndexRequest request = CreateIndexRequest
			.of(builder -> builder.withJson(new StringReader(body(definition))).index(index));
		return Mono.defer(() -> this.client.indices().create(request))
			.then()
			.onErrorResume(ElasticsearchException.class,
					ex -> "resource_already_exists_exception".equals(ex.error().type()) ? Mono.empty()
							: Mono.error(ex));
	}

	/**
	 * Copies every document into a new index and moves the alias to it in one atomic step, or fails and leaves the old
	 * index as it was: behind the alias and writable.
	 * <p>
	 * The new index is created first, so a mapping Elasticsearch refuses never touches the old one. Then the old index
	 * is write-blocked (a write during the copy fails loudly instead of landing where the copy has already passed),
	 * refreshed (a point in time sees only refreshed documents), copied, and the copy is checked against it before the
	 * alias moves. Once the block is on, any failure lifts it again, drops the half-filled new index and passes the
	 * error on. After success the old index stays, write-blocked, for a rollback.
	 */
	private Mono<Void> rollForward(IndexDefinition definition, String source, String target, String alias,
			Instant deadline) {
		logger.info("Rolling {} forward from {} to {}", alias, source, target);
		// Not behind the alias, so no one uses it: what is there is left from an interrupted rollout.
		return deleteIndex(target).then(createIndex(definition, target))
			.then(Mono.defer(() -> this.client.indices()
				.putSettings(request -> request.index(source).settings(s -> s.blocks(b -> b.write(true)))))
				.then(Mono.defer(() -> copyAndVerify(source, target))
					.timeout(remaining(deadline),
							Mono.error(() -> new TimeoutException("Copying " + source + " into " + target
									+ " did not finish by the start-up deadline"))))
				.flatMap(copied -> switchAlias(alias, source, target, copied))
				.onErrorResume(ex -> {
					logger.warn("Rolling {} forward failed, {} stays in use and writable: {}", alias, source,
							ex.toString());
					return undo(alias, source, target).then(Mono.error(ex));
				}));
	}

	/** Puts the old index back in service after a failed rollout, unless the alias did move after all. */
	private Mono<Void> undo(String alias, String source, String target) {
		return Mono.defer(() -> indicesBehind(alias))
			.flatMap(behind -> behind.contains(target)
					// The alias move went through although its answer was lost: the rollout is done.
					? Mono.<Void>empty() : unblock(source).then(deleteIndex(target).onErrorComplete()))
			// Not knowing where the alias points, the new index may be in use: only lift the block.
			.onErrorResume(ex -> unblock(source));
	}

	/** The documents copied: as many as the source holds, all of them in the target. */
	private Mono<Long> copyAndVerify(String source, String target) {
		return Mono.defer(() -> this.client.indices().refresh(request -> request.index(source)))
			.then(Mono.defer(() -> copy(source, target)))
			.flatMap(copied -> Mono.defer(() -> this.client.indices().refresh(request -> request.index(target)))
				.then(Mono.defer(() -> this.client.count(request -> request.index(source))))
				.zipWhen(sourceCount -> Mono.defer(() -> this.client.count(request -> request.index(target))))
				.flatMap(counts -> (counts.getT1().count() == copied && counts.getT2().count() == copied)
						? Mono.just(copied)
						: Mono.error(new IllegalStateException("Copied %d documents from %s (holding %d) into %s (holding %d)"
							.formatted(copied, source, counts.getT1().count(), target, counts.getT2().count())))));
	}

	private Mono<Void> switchAlias(String alias, String source, String target, long copied) {
		return Mono.defer(() -> this.client.indices()
			.updateAliases(request -> request.actions(a -> a.remove(remove -> remove.index(source).alias(alias)))
				.actions(a -> a.add(add -> add.index(target).alias(alias).isWriteIndex(true)))))
			.doOnSuccess(r -> logger.info("Alias {} now points at {} ({} documents)", alias, target, copied))
			.then();
	}

	private Duration remaining(Instant deadline) {
		Duration left = Duration.between(this.clock.instant(), deadline);
		return left.isNegative() ? Duration.ZERO : left;
	}

	private Mono<Void> unblock(String index) {
		return Mono.defer(() -> this.client.indices()
			.putSettings(request -> request.index(index).settings(s -> s.blocks(b -> b.write(false)))))
			.then()
			.doOnError(ex -> logger.error("Could not lift the write block of {}; lift it by hand: {}", index,
					ex.toString()))
			.onErrorComplete();
	}

	/** Deletes the index if it is there. */
	private Mono<Void> deleteIndex(String index) {
		return Mono.defer(() -> this.client.indices().delete(request -> request.index(index).ignoreUnavailable(true)))
			.then()
			.doOnError(ex -> logger.warn("Could not delete {}: {}", index, ex.toString()));
	}

	private record Page(String pitId, List<FieldValue> after, long copied, boolean last) {
	}

	private Mono<Long> copy(String source, String target) {
		return this.client.openPointInTime(request -> request.index(source).keepAlive(k -> k.time(KEEP_ALIVE)))
			.flatMap(pit -> Mono.just(new Page(pit.id(), null, 0, false))
				.expand(page -> page.last() ? Mono.empty() : nextPage(page, target))
				.last()
				.flatMap(page -> Mono.defer(() -> this.client.closePointInTime(request -> request.id(page.pitId())))
					.thenReturn(page.copied())));
	}

	private Mono<Page> nextPage(Page page, String target) {
		return this.client.search(search -> {
			search.size(COPY_BATCH)
				.pit(p -> p.id(page.pitId()).keepAlive(k -> k.time(KEEP_ALIVE)))
				.sort(sort -> sort.field(field -> field.field("_shard_doc")));
			if (page.after() != null) {
				search.searchAfter(page.after());
			}
			return search;
		}, JsonData.class).flatMap(response -> {
			List<Hit<JsonData>> hits = response.hits().hits();
			String pitId = (response.pitId() != null) ? response.pitId() : page.pitId();
			if (hits.isEmpty()) {
				return Mono.just(new Page(pitId, page.after(), page.copied(), true));
			}
			List<BulkOperation> operations = hits.stream()
				.map(hit -> BulkOperation.of(op -> op.index(index -> index.index(target).id(hit.id()).document(hit.source()))))
				.toList();
			return this.client.bulk(bulk -> bulk.operations(operations)).flatMap(result -> {
				if (result.errors()) {
					return Mono.error(new IllegalStateException("Copy into " + target + " failed: "
							+ result.items().stream().filter(i -> i.error() != null).findFirst().orElseThrow().error()));
				}
				List<FieldValue> after = hits.getLast().sort();
				return Mono.just(new Page(pitId, after, page.copied() + hits.size(), hits.size() < COPY_BATCH));
			});
		});
	}

	/**
	 * The definition with the portal's replica count, its synonym sets under the portal's prefix, and a checksum in
	 * {@code _meta}.
	 */
	private String body(IndexDefinition definition) {
		ObjectNode root = (ObjectNode) this.json.readTree(definition.json());
		ObjectNode settings = root.has("settings") ? (ObjectNode) root.get("settings") : root.putObject("settings");
		if (settings.path("analysis").get("filter") instanceof ObjectNode filters) {
			for (JsonNode filter : filters) {
				if (filter instanceof ObjectNode node && node.path("synonyms_set").isString()) {
					node.put("synonyms_set", this.synonymSets.name(node.get("synonyms_set").asString()));
				}
			}
		}
		JsonNode index = settings.get("index");
		ObjectNode indexSettings = (index instanceof ObjectNode node) ? node : settings.putObject("index");
		indexSettings.put("number_of_replicas", this.properties.replicas());
		ObjectNode mappings = root.has("mappings") ? (ObjectNode) root.get("mappings") : root.putObject("mappings");
		ObjectNode meta = mappings.has("_meta") ? (ObjectNode) mappings.get("_meta") : mappings.putObject("_meta");
		meta.put("definition", definition.name());
		meta.put("version", definition.version());
		meta.put("checksum", definition.checksum());
		return this.json.writeValueAsString(root);
	}

}
