package nl.ouderbetrokkenheid.portal.backups;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled snapshots of the portal's indices ({@code <prefix>*}).
 *
 * @param enabled whether this backend takes them; off where the cluster's own snapshot lifecycle management does
 * (docs/operations.md)
 * @param repository the snapshot repository's name
 * @param type its type ({@code fs}, {@code s3}, {@code gcs}, {@code azure}, ...); registered at start when
 * {@code settings} are given, left as the cluster has it otherwise
 * @param settings the repository's settings, as Elasticsearch takes them ({@code location} for {@code fs}, a
 * directory under the nodes' {@code path.repo}; {@code bucket}, {@code base_path} for {@code s3})
 * @param interval how often a snapshot is taken: the recovery point is at most this old (plus one check)
 * @param keep how many of the newest snapshots are always kept
 * @param maxAge older snapshots beyond {@code keep} are deleted
 */
@ConfigurationProperties("portal.backups")
record BackupProperties(@DefaultValue("false") boolean enabled, @DefaultValue("kennisportaal-backups") String repository,
		@DefaultValue("fs") String type, Map<String, String> settings, @DefaultValue("24h") Duration interval,
		@DefaultValue("7") int keep, @DefaultValue("30d") Duration maxAge) {

	BackupProperties {
		settings = (settings != null) ? Map.copyOf(settings) : Map.of();
	}

}
