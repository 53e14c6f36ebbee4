package nl.ouderbetrokkenheid.portal.experts;

import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Mono;

interface ExpertRepository extends ReactiveElasticsearchRepository<ExpertDocument, String> {

	Mono<ExpertDocument> findFirstBySlug(String slug);

	Mono<Boolean> existsBySlug(String slug);

}
