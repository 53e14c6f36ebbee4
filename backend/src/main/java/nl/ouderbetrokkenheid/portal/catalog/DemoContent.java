package nl.ouderbetrokkenheid.portal.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.DemoMarkers;
import nl.ouderbetrokkenheid.portal.system.DemoSet;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexLifecycleRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads the fictional demo catalogue through the ordinary import, once: a marker records that it was loaded, so a
 * restart does not bring back demo items an editor deleted.
 */
@Component
@Order(IndexLifecycleRunner.ORDER + 10)
@RequiredArgsConstructor
class DemoContent implements DemoSet {

	static final String MARKER = "demo-items-loaded";

	private static final Logger logger = LoggerFactory.getLogger(DemoContent.class);

	private final DemoMarkers markers;

	private final ItemImportService imports;

	@Override
	public Mono<Void> load() {
		return this.markers.once(MARKER, Mono.defer(() -> this.imports.importNdjson(Flux.fromIterable(lines())))
			.doOnNext(report -> logger.info("Demo content: {} created, {} updated, {} unchanged, {} rejected",
					report.created(), report.updated(), report.unchanged(), report.rejected().size())));
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
