package nl.ouderbetrokkenheid.portal.contributions;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;

interface ContributionVersionRepository extends ReactiveElasticsearchRepository<ContributionVersionDocument, String> {

	Flux<ContributionVersionDocument> findByContributionId(String contributionId, Pageable pageable);

}
