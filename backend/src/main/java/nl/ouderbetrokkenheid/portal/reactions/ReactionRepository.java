package nl.ouderbetrokkenheid.portal.reactions;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface ReactionRepository extends ReactiveElasticsearchRepository<ReactionDocument, String> {

	Mono<Long> countByItemAndKind(String item, ReactionKind kind);

	Flux<ReactionDocument> findBySubject(String subject, Pageable pageable);

}
