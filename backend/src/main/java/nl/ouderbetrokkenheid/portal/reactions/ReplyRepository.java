package nl.ouderbetrokkenheid.portal.reactions;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;

interface ReplyRepository extends ReactiveElasticsearchRepository<ReplyDocument, String> {

	Flux<ReplyDocument> findByItem(String item, Pageable pageable);

	Flux<ReplyDocument> findByState(ReplyState state, Pageable pageable);

	Flux<ReplyDocument> findByAuthorSubject(String authorSubject, Pageable pageable);

	Flux<ReplyDocument> findByReportsSubject(String subject, Pageable pageable);

}
