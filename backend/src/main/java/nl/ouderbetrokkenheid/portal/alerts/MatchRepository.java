package nl.ouderbetrokkenheid.portal.alerts;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;

interface MatchRepository extends ReactiveElasticsearchRepository<MatchDocument, String> {

	Flux<MatchDocument> findByOwner(String owner, Pageable page);

}
