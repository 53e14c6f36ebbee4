package nl.ouderbetrokkenheid.portal.system;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Whether the portal and its Elasticsearch cluster are up, for people (the app's "about" page) rather than
 * orchestrators (they use {@code /actuator/health}).
 */
@Service
public class SystemStatus {

	static final String UP = "UP";

	static final String DOWN = "DOWN";

	public record Component(String status, String version, String clusterStatus) {
	}

	/** {@code jobFailures}: failed job items per job, for administrators only (absent for everyone else). */
	public record Report(String status, Map<String, Component> components,
			@JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Long> jobFailures) {
	}

	private final ReactiveElasticsearchClient client;

	private final String version;

	private final JobFailures jobFailures;

	SystemStatus(ReactiveElasticsearchClient client, @Value("${portal.version:dev}") String version,
			JobFailures jobFailures) {
		this.client = client;
		this.version = version;
		this.jobFailures = jobFailures;
	}

	/** The report; with the job failure counts when {@code administrator}. */
	public Mono<Report> report(boolean administrator) {
		Component backend = new Component(UP, this.version, null);
		return elasticsearch().map(elasticsearch -> new Report(elasticsearch.status(),
				Map.of("backend", backend, "elasticsearch", elasticsearch),
				administrator ? this.jobFailures.counts() : null));
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
