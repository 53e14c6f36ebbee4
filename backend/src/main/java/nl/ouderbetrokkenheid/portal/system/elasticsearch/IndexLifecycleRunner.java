package nl.ouderbetrokkenheid.portal.system.elasticsearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.json.JsonpMappingException;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.util.retry.Retry;

/**
 * Brings every index definition (the highest version of each) into force before the portal takes traffic.
 */
@Component
@Order(IndexLifecycleRunner.ORDER)
@RequiredArgsConstructor
public class IndexLifecycleRunner implements ApplicationRunner {

	/** Runners that need the indices run after this one. */
	public static final int ORDER = 0;

	/** How long start-up waits beyond the deadline for a failed rollout to put the old index back. */
	private static final Duration CLEAN_UP = Duration.ofSeconds(30);

	private static final Logger logger = LoggerFactory.getLogger(IndexLifecycleRunner.class);

	private final IndexLifecycle lifecycle;

	private final IndexProperties properties;

	private final ResourcePatternResolver resources;

	private final Clock clock;

	private final SynonymSets synonymSets;

	List<IndexDefinition> currentDefinitions() {
		try {
			Resource[] found = this.resources.getResources(this.properties.definitions());
			Map<String, IndexDefinition> newest = Arrays.stream(found)
				.map(IndexLifecycleRunner::read)
				.collect(Collectors.toMap(IndexDefinition::name, d -> d,
						(a, b) -> (a.version() >= b.version()) ? a : b));
			return newest.values().stream().sorted(Comparator.comparing(IndexDefinition::name)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		Duration timeout = this.properties.startupTimeout();
		Instant deadline = this.clock.instant().plus(timeout);
		// Start-up waits here on purpose (the main thread, not an event loop): serving requests before the indices
		// exist would only produce errors. Elasticsearch may still be starting, hence the retries.
		// The synonym sets first: the search analyzers of the indices read them.
		this.synonymSets.ensureShipped()
			.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(250))
				.maxBackoff(Duration.ofSeconds(5))
				.filter(ex -> !(ex instanceof ElasticsearchException)))
			.then(Flux.fromIterable(currentDefinitions())
			.concatMap(definition -> this.lifecycle.ensure(definition, deadline)
				.retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(250))
					.maxBackoff(Duration.ofSeconds(5))
					// Elasticsearch's own refusals (a bad mapping, say) and a definition the client cannot read will
					// not heal by waiting; a connection failure or another replica's rollout in progress will.
					.filter(ex -> !(ex instanceof ElasticsearchException || ex instanceof JsonpMappingException
							|| ex instanceof TimeoutException)))
				.doOnNext(outcome -> logger.info("Index {} v{}: {}", definition.name(), definition.version(), outcome)))
			.then())
			// A rollout that misses the deadline fails by itself and then lifts its write block: give it time for that.
			.block(timeout.plus(CLEAN_UP));
	}

	private static IndexDefinition read(Resource resource) {
		try {
			return IndexDefinition.read(resource);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
