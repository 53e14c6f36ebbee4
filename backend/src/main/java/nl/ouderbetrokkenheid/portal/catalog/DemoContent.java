package nl.ouderbetrokkenheid.portal.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import nl.ouderbetrokkenheid.portal.system.DemoProperties;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexLifecycleRunner;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads the fictional demo catalogue through the ordinary import, once: a marker records that it was loaded, so a
 * restart does not bring back demo items an editor deleted.
 */
@Component
@Order(IndexLifecycleRunner.ORDER + 10)
class DemoContent implements ApplicationRunner {

	static final String MARKER = "demo-items-loaded";

	private static final Logger logger = LoggerFactory.getLogger(DemoContent.class);

	private final DemoProperties demo;

	private final ItemImportService imports;

	private final ReactiveElasticsearchClient client;

	private final String settingsIndex;

	private final Clock clock;

	DemoContent(DemoProperties demo, ItemImportService imports, ReactiveElasticsearchClient client, IndexNames names,
			Clock clock) {
		this.demo = demo;
		this.imports = imports;
		this.client = client;
		this.settingsIndex = names.alias("settings");
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.demo.enabled()) {
			// Start-up waits on purpose: the portal should open with its demo content in place.
			load().block(Duration.ofMinutes(2));
		}
	}

	Mono<Void> load() {
		return Mono.defer(() -> this.client.get(g -> g.index(this.settingsIndex).id(MARKER), Map.class)).flatMap(marker -> {
			if (marker.found()) {
				return Mono.empty();
			}
			return this.imports.importNdjson(Flux.fromIterable(lines()))
				.doOnNext(report -> logger.info("Demo content: {} created, {} updated, {} unchanged, {} rejected",
						report.created(), report.updated(), report.unchanged(), report.rejected().size()))
				.then(Mono.defer(() -> this.client.index(c -> c.index(this.settingsIndex)
					.id(MARKER)
					.opType(OpType.Create)
					.document(Map.of("note", "demo items loaded", "updatedAt", this.clock.instant().toString())))))
				.onErrorResume(ElasticsearchException.class, ex -> Mono.empty())
				.then();
		});
	}

	private static List<String> lines() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource("demo/items.ndjson").getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
