package nl.ouderbetrokkenheid.portal.system.elasticsearch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.IndexResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalIntegrationTest
class IndexLifecycleIntegrationTests {

	private static final IndexDefinition V1 = new IndexDefinition("widgets", 1,
			"{\"mappings\":{\"properties\":{\"name\":{\"type\":\"keyword\"}}}}");

	private static final IndexDefinition V2 = new IndexDefinition("widgets", 2,
			"{\"settings\":{\"index\":{\"number_of_shards\":2}},"
					+ "\"mappings\":{\"properties\":{\"name\":{\"type\":\"keyword\"},\"colour\":{\"type\":\"keyword\"}}}}");

	@Autowired
	private ReactiveElasticsearchClient client;

	private IndexNames names;

	private IndexLifecycle lifecycle;

	@BeforeEach
	void freshPrefix() {
		IndexProperties properties = new IndexProperties("it-" + UUID.randomUUID().toString().substring(0, 8) + "-", 0,
				"classpath*:elasticsearch/test-indices/*/v*.json", Duration.ofMinutes(1));
		this.names = new IndexNames(properties);
		this.lifecycle = lifecycle(properties);
	}

	@Test
	void createsTheIndexBehindItsAliasOnceAndThenChangesNothing() {
		StepVerifier.create(this.lifecycle.ensure(V1, inAMinute())).expectNext(IndexLifecycle.Outcome.CREATED).verifyComplete();
		StepVerifier.create(this.lifecycle.ensure(V1, inAMinute())).expectNext(IndexLifecycle.Outcome.UNCHANGED).verifyComplete();
		assertThat(indicesBehindAlias()).containsExactly(this.names.versioned("widgets", 1));
	}

	@Test
	void newVersionIsRolledOutWithoutLosingDocuments() {
		createWithDocuments(1234, i -> "widget " + i);
		String alias = this.names.alias("widgets");

		StepVerifier.create(this.lifecycle.ensure(V2, inAMinute()))
			.expectNext(IndexLifecycle.Outcome.ROLLED_FORWARD)
			.verifyComplete();

		assertThat(indicesBehindAlias()).containsExactly(this.names.versioned("widgets", 2));
		StepVerifier.create(this.client.count(count -> count.index(alias)))
			.assertNext(response -> assertThat(response.count()).isEqualTo(1234))
			.verifyComplete();
		StepVerifier.create(this.client.get(get -> get.index(alias).id("w1233"), Map.class))
			.assertNext(response -> assertThat(response.source()).containsEntry("name", "widget 1233"))
			.verifyComplete();
		// The new mapping is in force behind the alias.
		StepVerifier.create(this.client.indices().getMapping(mapping -> mapping.index(alias)))
			.assertNext(response -> assertThat(response.mappings().values().iterator().next().mappings().properties())
				.containsKey("colour"))
			.verifyComplete();
		// The old index is kept for a rollback, but refuses writes so nothing lands where no one reads it.
		StepVerifier
			.create(this.client.index(index -> index.index(this.names.versioned("widgets", 1))
				.id("late")
				.document(Map.of("name", "late"))))
			.expectError(ElasticsearchException.class)
			.verify();

		StepVerifier.create(this.lifecycle.ensure(V2, inAMinute())).expectNext(IndexLifecycle.Outcome.UNCHANGED).verifyComplete();
		StepVerifier.create(this.lifecycle.ensure(V1, inAMinute()))
			.expectNext(IndexLifecycle.Outcome.NEWER_IN_PLACE)
			.verifyComplete();
	}

	@Test
	void runnerPicksTheNewestVersionOfEachDefinition() {
		IndexProperties properties = new IndexProperties("unused-", 0,
				"classpath*:elasticsearch/test-indices/*/v*.json", Duration.ofMinutes(1));
		IndexLifecycleRunner runner = new IndexLifecycleRunner(this.lifecycle, properties,
				new PathMatchingResourcePatternResolver(), Clock.systemUTC(), new SynonymSets(this.client, this.names));
		assertThat(runner.currentDefinitions()).singleElement().satisfies(definition -> {
			assertThat(definition.name()).isEqualTo("widgets");
			assertThat(definition.version()).isEqualTo(2);
			assertThat(definition.json()).contains("colour");
		});
	}

	private IndexLifecycle lifecycle(IndexProperties properties) {
		return new IndexLifecycle(this.client, this.names, properties,
				new RolloutLease(this.client, this.names, Clock.systemUTC()), Clock.systemUTC(),
				new SynonymSets(this.client, this.names));
	}

	private static Instant inAMinute() {
		return Instant.now().plus(Duration.ofMinutes(1));
	}

	@Test
	void twoReplicasRollingForwardAtOnceCopyOnceAndLoseNothing() {
		createWithDocuments(3000, i -> "widget " + i);
		String alias = this.names.alias("widgets");

		// A second replica: its own lease owner, the same indices.
		IndexProperties properties = new IndexProperties(alias.substring(0, alias.length() - "widgets".length()), 0,
				"unused", Duration.ofMinutes(1));
		IndexLifecycle other = lifecycle(properties);
		reactor.util.retry.Retry whileHeld = reactor.util.retry.Retry.fixedDelay(600, Duration.ofMillis(100))
			.filter(RolloutLease.Held.class::isInstance);
		List<IndexLifecycle.Outcome> outcomes = reactor.core.publisher.Flux
			.merge(this.lifecycle.ensure(V2, inAMinute()).retryWhen(whileHeld), other.ensure(V2, inAMinute()).retryWhen(whileHeld))
			.collectList()
			.block(Duration.ofMinutes(2));

		assertThat(outcomes).containsExactlyInAnyOrder(IndexLifecycle.Outcome.ROLLED_FORWARD,
				IndexLifecycle.Outcome.UNCHANGED);
		assertThat(indicesBehindAlias()).containsExactly(this.names.versioned("widgets", 2));
		StepVerifier.create(this.client.count(count -> count.index(alias)))
			.assertNext(response -> assertThat(response.count()).isEqualTo(3000))
			.verifyComplete();
	}

	/** Version 2 with a mapping Elasticsearch refuses: creating the new index fails. */
	private static final IndexDefinition BAD_V2 = new IndexDefinition("widgets", 2,
			"{\"mappings\":{\"properties\":{\"name\":{\"type\":\"no_such_type\"}}}}");

	/** Version 2 that takes only numeric names: the copy fails once it reaches the first other one. */
	private static final IndexDefinition NUMERIC_V2 = new IndexDefinition("widgets", 2,
			"{\"mappings\":{\"properties\":{\"name\":{\"type\":\"integer\"}}}}");

	@Test
	void aNewVersionWithABadMappingLeavesTheOldIndexWritableAndARetryCompletes() {
		createWithDocuments(1000, i -> "widget " + i);
		Writer writer = startWriting();

		StepVerifier.create(this.lifecycle.ensure(BAD_V2, inAMinute()))
			.expectError(ElasticsearchException.class)
			.verify(Duration.ofMinutes(1));

		assertOldIndexInUseAndWritable();
		retryCompletesWithoutLosingAnything(writer, 1000);
	}

	@Test
	void aCopyThatFailsMidwayLeavesTheOldIndexWritableAndARetryCompletes() {
		// Three batches copy, then the new mapping refuses a name.
		createWithDocuments(3000, i -> (i < 1500) ? String.valueOf(i) : "widget " + i);
		Writer writer = startWriting();

		StepVerifier.create(this.lifecycle.ensure(NUMERIC_V2, inAMinute()))
			.expectErrorSatisfies(ex -> assertThat(ex).hasMessageContaining("Copy into"))
			.verify(Duration.ofMinutes(1));

		assertOldIndexInUseAndWritable();
		retryCompletesWithoutLosingAnything(writer, 3000);
	}

	@Test
	void aCopyThatOutlastsTheStartupTimeoutLeavesTheOldIndexWritableAndARetryCompletes() {
		createWithDocuments(3000, i -> "widget " + i);
		Writer writer = startWriting();
		IndexProperties impatient = new IndexProperties("unused-", 0, "classpath*:elasticsearch/test-indices/*/v*.json",
				Duration.ofMillis(1));
		IndexLifecycleRunner runner = new IndexLifecycleRunner(this.lifecycle, impatient,
				new PathMatchingResourcePatternResolver(), Clock.systemUTC(), new SynonymSets(this.client, this.names));

		assertThatThrownBy(() -> runner.run(null)).hasRootCauseInstanceOf(TimeoutException.class);

		assertOldIndexInUseAndWritable();
		retryCompletesWithoutLosingAnything(writer, 3000);
	}

	/** Writes through the alias one after another, for as long as a test runs; remembers what was acknowledged. */
	private record Writer(Disposable running, Queue<String> acknowledged, AtomicReference<Throwable> failure) {
	}

	private Writer startWriting() {
		String alias = this.names.alias("widgets");
		Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		CountDownLatch started = new CountDownLatch(1);
		Disposable running = Flux.range(0, Integer.MAX_VALUE)
			.concatMap(i -> Mono.defer(() -> this.client.index(index -> index.index(alias)
				.id("live" + i)
				.document(Map.of("name", String.valueOf(100_000 + i)))))
				.map(IndexResponse::id)
				// Refused while the old index is write-blocked: the writer sees it, nothing is acknowledged and lost.
				.onErrorResume(ex -> ex instanceof ElasticsearchException es
						&& "cluster_block_exception".equals(es.error().type()), ex -> Mono.empty()))
			.subscribe(id -> {
				acknowledged.add(id);
				started.countDown();
			}, failure::set);
		try {
			assertThat(started.await(30, TimeUnit.SECONDS)).as("the writer got going").isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return new Writer(running, acknowledged, failure);
	}

	private void createWithDocuments(int count, IntFunction<String> name) {
		StepVerifier.create(this.lifecycle.ensure(V1, inAMinute())).expectNext(IndexLifecycle.Outcome.CREATED).verifyComplete();
		String alias = this.names.alias("widgets");
		List<BulkOperation> documents = IntStream.range(0, count)
			.mapToObj(i -> BulkOperation.of(op -> op.index(index -> index.index(alias)
				.id("w" + i)
				.document(Map.of("name", name.apply(i))))))
			.toList();
		StepVerifier.create(this.client.bulk(bulk -> bulk.operations(documents)
			.refresh(co.elastic.clients.elasticsearch._types.Refresh.True)))
			.assertNext(response -> assertThat(response.errors()).isFalse())
			.verifyComplete();
	}

	private void assertOldIndexInUseAndWritable() {
		String old = this.names.versioned("widgets", 1);
		assertThat(indicesBehindAlias()).containsExactly(old);
		StepVerifier.create(this.client.index(index -> index.index(this.names.alias("widgets"))
			.id("after-failure-" + UUID.randomUUID())
			.document(Map.of("name", "1"))))
			.assertNext(response -> assertThat(response.index()).isEqualTo(old))
			.verifyComplete();
	}

	private void retryCompletesWithoutLosingAnything(Writer writer, int initial) {
		String alias = this.names.alias("widgets");
		StepVerifier.create(this.lifecycle.ensure(V2, inAMinute()))
			.expectNext(IndexLifecycle.Outcome.ROLLED_FORWARD)
			.verifyComplete();
		writer.running().dispose();
		assertThat(writer.failure()).hasNullValue();
		assertThat(indicesBehindAlias()).containsExactly(this.names.versioned("widgets", 2));

		List<String> acknowledged = List.copyOf(writer.acknowledged());
		assertThat(acknowledged).isNotEmpty();
		StepVerifier.create(this.client.mget(mget -> mget.index(alias).ids(acknowledged), Map.class))
			.assertNext(response -> assertThat(response.docs())
				.filteredOn(doc -> !doc.result().found())
				.extracting(doc -> doc.result().id())
				.as("acknowledged writes missing after the rollout")
				.isEmpty())
			.verifyComplete();
		// Everything the old index held was copied (it refuses writes now, so its count is final).
		long before = count(this.names.versioned("widgets", 1));
		assertThat(before).isGreaterThan(initial);
		StepVerifier.create(this.client.mget(mget -> mget.index(alias).ids("w0", "w" + (initial - 1)), Map.class))
			.assertNext(response -> assertThat(response.docs()).allSatisfy(doc -> assertThat(doc.result().found()).isTrue()))
			.verifyComplete();
		assertThat(count(this.names.versioned("widgets", 2))).isGreaterThanOrEqualTo(before);
	}

	private long count(String index) {
		return this.client.indices()
			.refresh(refresh -> refresh.index(index))
			.then(Mono.defer(() -> this.client.count(count -> count.index(index))))
			.map(response -> response.count())
			.block(Duration.ofSeconds(30));
	}

	private List<String> indicesBehindAlias() {
		return this.client.indices()
			.getAlias(request -> request.name(this.names.alias("widgets")))
			.map(response -> List.copyOf(response.aliases().keySet()))
			.block(Duration.ofSeconds(10));
	}

}
