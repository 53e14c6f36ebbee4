package nl.ouderbetrokkenheid.portal.collections;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface CollectionRepository extends ReactiveElasticsearchRepository<CollectionDocument, String> {

	Flux<CollectionDocument> findByOwner(String owner, Pageable page);

	Mono<CollectionDocument> findFirstByShareToken(String shareToken);

	Mono<Long> countByItemsItem(String item);

}
