package nl.ouderbetrokkenheid.portal.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexNames;

import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Searches that found nothing, kept without any trace of who searched, so editors learn what people look for and
 * the portal lacks.
 */
@Service
class SearchMisses {

	record Miss(String query, long count, String lastSeen) {
	}

	private static final int MAX_QUERY_LENGTH = 200;

	private static final Duration WINDOW = Duration.ofDays(90);

	private final ReactiveElasticsearchClient client;

	private final String index;

	private final Clock clock;

	SearchMisses(ReactiveElasticsearchClient client, IndexNames names, Clock clock) {
		this.client = client;
		this.index = names.alias("search-misses");
		this.clock = clock;
	}

	Mono<Void> record(String text) {
		String query = TextNormalizer.fold(text);
		if (query.isEmpty()) {
			return Mono.empty();
		}
		String stored = (query.length() > MAX_QUERY_LENGTH) ? query.substring(0, MAX_QUERY_LENGTH) : query;
		return Mono.defer(() -> this.client.index(i -> i.index(this.index)
			.document(Map.of("query", stored, "at", this.clock.instant().toString())))).then();
	}

	Mono<List<Miss>> top(int size) {
		Instant since = this.clock.instant().minus(WINDOW);
		return Mono.defer(() -> this.client.search(s -> s.index(this.index)
			.size(0)
			.query(q -> q.range(r -> r.date(d -> d.field("at").gte(since.toString()))))
			.aggregations("queries", a -> a.terms(t -> t.field("query").size(size))
				.aggregations("last", last -> last.max(m -> m.field("at")))), Void.class))
			.map(response -> response.aggregations()
				.get("queries")
				.sterms()
				.buckets()
				.array()
				.stream()
				.map(bucket -> new Miss(bucket.key().stringValue(), bucket.docCount(),
						bucket.aggregations().get("last").max().valueAsString()))
				.toList());
	}

}
