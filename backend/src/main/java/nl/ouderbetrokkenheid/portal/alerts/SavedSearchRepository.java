package nl.ouderbetrokkenheid.portal.alerts;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;

interface SavedSearchRepository extends ReactiveElasticsearchRepository<SavedSearchDocument, String> {

	Flux<SavedSearchDocument> findByOwner(String owner, Pageable page);

}
