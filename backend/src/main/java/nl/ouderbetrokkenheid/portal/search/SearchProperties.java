package nl.ouderbetrokkenheid.portal.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How search keeps what it learns.
 *
 * @param missesRetention how long a search that found nothing is counted after it was last made; then it is deleted
 */
@ConfigurationProperties("portal.search")
record SearchProperties(@DefaultValue("90d") Duration missesRetention) {
}
