package nl.ouderbetrokkenheid.portal.articles;

import nl.ouderbetrokkenheid.portal.workflow.WorkflowState;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface ArticleRepository extends ReactiveElasticsearchRepository<ArticleDocument, String> {

	Mono<ArticleDocument> findFirstBySlug(String slug);

	Mono<Boolean> existsBySlug(String slug);

	Flux<ArticleDocument> findByAuthorSubject(String authorSubject, Pageable pageable);

	Flux<ArticleDocument> findByAuthorSlugAndState(String authorSlug, WorkflowState state, Pageable pageable);

	Flux<ArticleDocument> findByState(WorkflowState state, Pageable pageable);

	Flux<ArticleDocument> findByHistoryActorSubject(String actorSubject, Pageable pageable);

}
