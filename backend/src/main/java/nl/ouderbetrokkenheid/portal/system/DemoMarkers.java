package nl.ouderbetrokkenheid.portal.system;

import java.time.Clock;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.OpType;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexNames;

import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Demo content is loaded once: a marker document in the settings index records that it was, so a restart does not
 * bring back demo content someone deleted.
 */
@Component
public class DemoMarkers {

	private final ReactiveElasticsearchClient client;

	private final String settingsIndex;

	private final Clock clock;

	DemoMarkers(ReactiveElasticsearchClient client, IndexNames names, Clock clock) {
		this.client = client;
		this.settingsIndex = names.alias("settings");
		this.clock = clock;
	}

	/** Runs the loading unless the marker exists, then sets the marker. */
	public Mono<Void> once(String marker, Mono<?> load) {
		return Mono.defer(() -> this.client.get(g -> g.index(this.settingsIndex).id(marker), Map.class))
			.flatMap(found -> found.found() ? Mono.empty()
					: load.then(Mono.defer(() -> this.client.index(c -> c.index(this.settingsIndex)
						.id(marker)
						.opType(OpType.Create)
						.document(Map.of("note", marker, "updatedAt", this.clock.instant().toString())))))
						.onErrorResume(ElasticsearchException.class, ex -> Mono.empty()))
			.then();
	}

}
