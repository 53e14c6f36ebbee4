package nl.ouderbetrokkenheid.portal.alerts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of saved searches and their digests.
 *
 * @param matchInterval how often each replica looks for newly published documents to match against saved searches
 * @param matchBatch how many new documents one percolation request matches at once
 * @param digestInterval how often each replica looks for digests that are due
 */
@ConfigurationProperties("portal.alerts")
record AlertsProperties(@DefaultValue("10s") Duration matchInterval, @DefaultValue("100") int matchBatch,
		@DefaultValue("10m") Duration digestInterval) {
}
