package nl.ouderbetrokkenheid.portal.system.elasticsearch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the portal lays out its indices.
 *
 * @param prefix put before every alias and index name, so several portals (or test runs) can share a cluster
 * @param replicas replicas per shard; 0 for a single node, 1 or more on a production cluster
 * @param definitions where the versioned index definitions live
 * @param startupTimeout how long start-up waits for Elasticsearch before giving up
 */
@ConfigurationProperties("portal.elasticsearch")
public record IndexProperties(@DefaultValue("kp-") String prefix, @DefaultValue("0") int replicas,
		@DefaultValue("classpath*:elasticsearch/indices/*/v*.json") String definitions,
		@DefaultValue("2m") Duration startupTimeout) {
}
