package nl.ouderbetrokkenheid.portal.system.elasticsearch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;

import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

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
		StepVerifier.create(this.lifecycle.ensure(V1)).expectNext(IndexLifecycle.Outcome.CREATED).verifyComplete();
		StepVerifier.create(this.lifecycle.ensure(V1)).expectNext(IndexLifecycle.Outcome.UNCHANGED).verifyComplete();
		assertThat(indicesBehindAlias()).containsExactly(this.names.versioned("widgets", 1));
	}

	@Test
	void newVersionIsRolledOutWithoutLosingDocuments() {
		StepVerifier.create(this.lifecycle.ensure(V1)).expectNext(IndexLifecycle.Outcome.CREATED).verifyComplete();
		String alias = this.names.alias("widgets");
		List<BulkOperation> documents = IntStream.range(0, 1234)
			.mapToObj(i -> BulkOperation.of(op -> op.index(index -> index.index(alias)
				.id("w" + i)
				.document(Map.of("name", "widget " + i)))))
			.toList();
		StepVerifier.create(this.client.bulk(bulk -> bulk.operations(documents).refresh(
				co.elastic.clients.elasticsearch._types.Refresh.True)))
			.assertNext(response -> assertThat(response.errors()).isFalse())
			.verifyComplete();

		StepVerifier.create(this.lifecycle.ensure(V2))
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

		StepVerifier.create(this.lifecycle.ensure(V2)).expectNext(IndexLifecycle.Outcome.UNCHANGED).verifyComplete();
		StepVerifier.create(this.lifecycle.ensure(V1))
			.expectNext(IndexLifecycle.Outcome.NEWER_IN_PLACE)
			.verifyComplete();
	}

	@Test
	void runnerPicksTheNewestVersionOfEachDefinition() {
		IndexProperties properties = new IndexProperties("unused-", 0,
				"classpath*:elasticsearch/test-indices/*/v*.json", Duration.ofMinutes(1));
		IndexLifecycleRunner runner = new IndexLifecycleRunner(this.lifecycle, properties,
				new PathMatchingResourcePatternResolver());
		assertThat(runner.currentDefinitions()).singleElement().satisfies(definition -> {
			assertThat(definition.name()).isEqualTo("widgets");
			assertThat(definition.version()).isEqualTo(2);
			assertThat(definition.json()).contains("colour");
		});
	}

	private IndexLifecycle lifecycle(IndexProperties properties) {
		return new IndexLifecycle(this.client, this.names, properties,
				new RolloutLease(this.client, this.names, java.time.Clock.systemUTC()));
	}

	@Test
	void twoReplicasRollingForwardAtOnceCopyOnceAndLoseNothing() {
		StepVerifier.create(this.lifecycle.ensure(V1)).expectNext(IndexLifecycle.Outcome.CREATED).verifyComplete();
		String alias = this.names.alias("widgets");
		List<BulkOperation> documents = IntStream.range(0, 3000)
			.mapToObj(i -> BulkOperation.of(op -> op.index(index -> index.index(alias)
				.id("w" + i)
				.document(Map.of("name", "widget " + i)))))
			.toList();
		StepVerifier.create(this.client.bulk(bulk -> bulk.operations(documents)
			.refresh(co.elastic.clients.elasticsearch._types.Refresh.True)))
			.assertNext(response -> assertThat(response.errors()).isFalse())
			.verifyComplete();

		// A second replica: its own lease owner, the same indices.
		IndexProperties properties = new IndexProperties(alias.substring(0, alias.length() - "widgets".length()), 0,
				"unused", Duration.ofMinutes(1));
		IndexLifecycle other = lifecycle(properties);
		reactor.util.retry.Retry whileHeld = reactor.util.retry.Retry.fixedDelay(600, Duration.ofMillis(100))
			.filter(RolloutLease.Held.class::isInstance);
		List<IndexLifecycle.Outcome> outcomes = reactor.core.publisher.Flux
			.merge(this.lifecycle.ensure(V2).retryWhen(whileHeld), other.ensure(V2).retryWhen(whileHeld))
			.collectList()
			.block(Duration.ofMinutes(2));

		assertThat(outcomes).containsExactlyInAnyOrder(IndexLifecycle.Outcome.ROLLED_FORWARD,
				IndexLifecycle.Outcome.UNCHANGED);
		assertThat(indicesBehindAlias()).containsExactly(this.names.versioned("widgets", 2));
		StepVerifier.create(this.client.count(count -> count.index(alias)))
			.assertNext(response -> assertThat(response.count()).isEqualTo(3000))
			.verifyComplete();
	}

	private List<String> indicesBehindAlias() {
		return this.client.indices()
			.getAlias(request -> request.name(this.names.alias("widgets")))
			.map(response -> List.copyOf(response.aliases().keySet()))
			.block(Duration.ofSeconds(10));
	}

}
