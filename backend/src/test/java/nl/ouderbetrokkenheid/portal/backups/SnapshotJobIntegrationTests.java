package nl.ouderbetrokkenheid.portal.backups;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.snapshot.SnapshotInfo;
import nl.ouderbetrokkenheid.portal.support.MovableClock;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.system.JobLeases;
import nl.ouderbetrokkenheid.portal.system.JobRounds;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexNames;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled snapshot against the real node: it registers the configured repository, snapshots every index under
 * the portal's prefix, and deletes what the retention no longer wants, never the newest.
 */
@PortalIntegrationTest
class SnapshotJobIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Autowired
	private ReactiveElasticsearchClient client;

	@Autowired
	private IndexNames names;

	@Autowired
	private JobLeases leases;

	@Autowired
	private JobRounds rounds;

	@Test
	void takesSnapshotsOfThePortalsIndicesAndKeepsOnlyWhatTheRetentionSays() {
		String repository = "it-backups-" + UUID.randomUUID();
		// Keep two; anything older than the newest two is past its age at once.
		BackupProperties properties = new BackupProperties(true, repository, "fs", Map.of("location", repository),
				Duration.ofHours(24), 2, Duration.ZERO);
		// Moved on by the test, so snapshots taken a second apart get names an hour apart; it starts now, as the
		// retention compares it with the snapshots' start times, which are Elasticsearch's.
		MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		Instant start = clock.instant();
		Snapshots snapshots = new Snapshots(this.client, properties, this.names, clock);
		SnapshotJob job = new SnapshotJob(snapshots, properties, this.leases, this.rounds);

		for (int i = 0; i < 3; i++) {
			job.takeAndPrune().block(TIMEOUT);
			clock.advance(Duration.ofHours(1));
		}

		List<SnapshotInfo> kept = snapshots.list().collectList().block(TIMEOUT);
		String prefix = this.names.alias("");
		assertThat(kept).extracting(SnapshotInfo::snapshot)
			.containsExactly(prefix + Snapshots.STAMP.format(start.plus(Duration.ofHours(1))),
					prefix + Snapshots.STAMP.format(start.plus(Duration.ofHours(2))));
		assertThat(kept.get(1).state()).isEqualTo("SUCCESS");
		assertThat(kept.get(1).indices()).allMatch(index -> index.startsWith(prefix))
			.anyMatch(index -> index.startsWith(this.names.alias("items")))
			.anyMatch(index -> index.startsWith(this.names.alias("profiles")));
	}

}
