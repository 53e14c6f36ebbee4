package nl.ouderbetrokkenheid.portal.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one account that may read {@code /actuator/prometheus}: the operators' scraper.
 *
 * @param user its user name (HTTP Basic)
 * @param password its password; unset, nobody can read the metrics
 */
@ConfigurationProperties("portal.metrics.scrape")
record MetricsScrapeProperties(@DefaultValue("prometheus") String user, String password) {

	boolean enabled() {
		return this.password != null && !this.password.isBlank();
	}

}
