package nl.ouderbetrokkenheid.portal.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;

@Configuration(proxyBeanMethods = false)
class ReadYourWritesConfiguration {

	/**
	 * Only where asked for with {@link Visible}: not a default candidate, so it neither replaces nor competes with
	 * Boot's template.
	 */
	@Bean(defaultCandidate = false)
	@Visible
	ReactiveElasticsearchOperations visibleOperations(ReactiveElasticsearchOperations operations) {
		return ReadYourWrites.visible(operations);
	}

}
