package nl.ouderbetrokkenheid.portal.system.elasticsearch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import co.elastic.clients.json.JsonData;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class BulkLoadsIntegrationTests {

	@Autowired
	private ReactiveElasticsearchClient client;

	@Autowired
	private BulkLoads bulkLoads;

	private String index;

	@BeforeEach
	void freshIndex() {
		this.index = "bulk-loads-" + UUID.randomUUID().toString().substring(0, 8);
		this.client.indices().create(request -> request.index(this.index)).block(Duration.ofSeconds(30));
	}

	@Test
	void aLoadOfSeveralBatchesRefreshesRarelyWhileItRunsAndIsBackOnTheDefaultAfterwards() {
		List<String> seenWhileStoring = new ArrayList<>();
		Flux<String> load = this.bulkLoads.load(this.index, Flux.just("a", "b", "c"),
				batches -> batches.concatMap(batch -> refreshInterval().doOnNext(seenWhileStoring::add).thenReturn(batch)));

		StepVerifier.create(load).expectNext("a", "b", "c").verifyComplete();

		// The first batch is stored before anything changes: a one-batch load leaves the settings alone.
		assertThat(seenWhileStoring).containsExactly("default", BulkLoads.RELAXED_REFRESH_INTERVAL,
				BulkLoads.RELAXED_REFRESH_INTERVAL);
		assertThat(refreshInterval().block(Duration.ofSeconds(30))).isEqualTo("default");
	}

	@Test
	void aFailedLoadStillPutsTheRefreshIntervalBack() {
		Flux<String> load = this.bulkLoads.load(this.index, Flux.just("a", "b", "c"),
				batches -> batches.concatMap(batch -> "c".equals(batch)
						? Mono.error(new IllegalStateException("Elasticsearch refused the batch")) : Mono.just(batch)));

		StepVerifier.create(load).expectNext("a", "b").verifyErrorMessage("Elasticsearch refused the batch");

		assertThat(refreshInterval().block(Duration.ofSeconds(30))).isEqualTo("default");
	}

	@Test
	void aSingleBatchChangesNoSettings() {
		List<String> seenWhileStoring = new ArrayList<>();
		StepVerifier.create(this.bulkLoads.load(this.index, Flux.just("only"),
				batches -> batches.concatMap(batch -> refreshInterval().doOnNext(seenWhileStoring::add).thenReturn(batch))))
			.expectNext("only")
			.verifyComplete();
		assertThat(seenWhileStoring).containsExactly("default");
	}

	private Mono<String> refreshInterval() {
		return Mono.defer(() -> this.client.indices().getSettings(request -> request.index(this.index).flatSettings(true)))
			.map(response -> {
				JsonData value = response.get(this.index).settings().otherSettings().get("index.refresh_interval");
				return (value != null) ? value.to(String.class) : "default";
			});
	}

}
