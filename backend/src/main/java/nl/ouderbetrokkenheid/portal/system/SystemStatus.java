package nl.ouderbetrokkenheid.portal.system;

import java.time.Duration;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Whether the portal and its Elasticsearch cluster are up, for people (the app's "about" page) rather than
 * orchestrators (they use {@code /actuator/health}).
 */
@Service
class SystemStatus {

	static final String UP = "UP";

	static final String DOWN = "DOWN";

	record Component(String status, String version, String clusterStatus) {
	}

	record Report(String status, Map<String, Component> components) {
	}

	private final ReactiveElasticsearchClient client;

	private final String version;

	SystemStatus(ReactiveElasticsearchClient client, @Value("${portal.version:dev}") String version) {
		this.client = client;
		this.version = version;
	}

	Mono<Report> report() {
		Component backend = new Component(UP, this.version, null);
		return elasticsearch().map(elasticsearch -> new Report(elasticsearch.status(),
				Map.of("backend", backend, "elasticsearch", elasticsearch)));
	}

	private Mono<Component> elasticsearch() {
		return this.client.info()
			.zipWith(this.client.cluster().health(request -> request))
			.map(both -> {
				String cluster = both.getT2().status().jsonValue();
				String status = "red".equals(cluster) ? DOWN : UP;
				return new Component(status, both.getT1().version().number(), cluster);
			})
			.timeout(Duration.ofSeconds(3))
			.onErrorResume(ex -> Mono.just(new Component(DOWN, null, null)));
	}

}
