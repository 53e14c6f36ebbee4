package nl.ouderbetrokkenheid.portal.backups;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.snapshot.SnapshotInfo;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Snapshots of every index under the portal's prefix (every version, the write-blocked ones kept for a rollback
 * included; aliases come along), named {@code <prefix><UTC time>} so the retention touches only this environment's.
 */
@Service
class Snapshots {

	private static final Logger logger = LoggerFactory.getLogger(Snapshots.class);

	/** Snapshot names: the UTC time, to the second. */
	static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy.MM.dd-HHmmss", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ElasticsearchAsyncClient cluster;

	private final BackupProperties properties;

	private final String prefix;

	private final Clock clock;

	Snapshots(ReactiveElasticsearchClient client, BackupProperties properties, IndexNames names, Clock clock) {
		this.cluster = new ElasticsearchAsyncClient(client._transport(), client._transportOptions());
		this.properties = properties;
		this.prefix = names.alias("");
		this.clock = clock;
	}

	/**
	 * Registers the repository as configured (again: a changed setting takes effect), unless no settings are
	 * configured, in which case the cluster's own registration is used as it is.
	 */
	Mono<Void> registerRepository() {
		if (this.properties.settings().isEmpty()) {
			return Mono.empty();
		}
		String definition = JSON
			.writeValueAsString(Map.of("type", this.properties.type(), "settings", this.properties.settings()));
		return Mono.fromFuture(() -> this.cluster.snapshot()
			.createRepository(r -> r.name(this.properties.repository())
				.repository(repository -> repository.withJson(new StringReader(definition)))))
			.then();
	}

	/** Takes a snapshot of the portal's indices and answers when it is complete; fails if any shard failed. */
	Mono<SnapshotInfo> take() {
		String name = this.prefix + STAMP.format(this.clock.instant());
		return Mono.fromFuture(() -> this.cluster.snapshot()
			.create(c -> c.repository(this.properties.repository())
				.snapshot(name)
				.indices(this.prefix + "*")
				.includeGlobalState(false)
				.waitForCompletion(true)))
			.map(response -> response.snapshot())
			.flatMap(info -> "SUCCESS".equals(info.state()) ? Mono.just(info)
					: Mono.error(new IllegalStateException("Snapshot " + name + " ended " + info.state() + ": "
							+ info.failures())))
			.doOnNext(info -> logger.info("Snapshot {} taken: {} indices in {} ms", info.snapshot(),
					info.indices().size(), info.durationInMillis()));
	}

	/** This environment's snapshots in the repository, oldest first. */
	Flux<SnapshotInfo> list() {
		return Mono.fromFuture(() -> this.cluster.snapshot()
			.get(g -> g.repository(this.properties.repository()).snapshot(this.prefix + "*").ignoreUnavailable(true)))
			.flatMapIterable(response -> response.snapshots().stream()
				.sorted(Comparator.comparing(SnapshotInfo::startTimeInMillis, Comparator.nullsFirst(Long::compare)))
				.toList());
	}

	/**
	 * Deletes the snapshots beyond the retention: older than {@code max-age}, except the {@code keep} newest, and
	 * never the newest one. Answers the names deleted.
	 */
	Mono<List<String>> prune() {
		Instant cutoff = this.clock.instant().minus(this.properties.maxAge());
		return list().collectList().flatMapMany(all -> {
			int keepFrom = Math.max(0, all.size() - Math.max(1, this.properties.keep()));
			return Flux.fromIterable(all.subList(0, keepFrom))
				.filter(info -> info.startTimeInMillis() == null
						|| Instant.ofEpochMilli(info.startTimeInMillis()).isBefore(cutoff));
		})
			.concatMap(info -> Mono
				.fromFuture(() -> this.cluster.snapshot()
					.delete(d -> d.repository(this.properties.repository()).snapshot(info.snapshot())))
				.thenReturn(info.snapshot()))
			.doOnNext(name -> logger.info("Snapshot {} deleted (beyond retention)", name))
			.collectList();
	}

}
