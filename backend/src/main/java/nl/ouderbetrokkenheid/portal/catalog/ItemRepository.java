package nl.ouderbetrokkenheid.portal.catalog;

import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Mono;

interface ItemRepository extends ReactiveElasticsearchRepository<ItemDocument, String> {

	Mono<ItemDocument> findFirstBySlug(String slug);

	Mono<Boolean> existsBySlug(String slug);

}
