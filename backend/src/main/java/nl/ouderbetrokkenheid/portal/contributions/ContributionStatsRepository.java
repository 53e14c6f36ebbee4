package nl.ouderbetrokkenheid.portal.contributions;

import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

interface ContributionStatsRepository extends ReactiveElasticsearchRepository<ContributionStatsDocument, String> {
}
