package nl.ouderbetrokkenheid.portal.contributions;

import nl.ouderbetrokkenheid.portal.workflow.WorkflowState;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;

interface ContributionRepository extends ReactiveElasticsearchRepository<ContributionDocument, String> {

	Flux<ContributionDocument> findByAuthorSubject(String authorSubject, Pageable pageable);

	Flux<ContributionDocument> findByState(WorkflowState state, Pageable pageable);

	Flux<ContributionDocument> findByHistoryActorSubject(String actorSubject, Pageable pageable);

	Flux<ContributionDocument> findByItemId(String itemId, Pageable pageable);

}
