package nl.ouderbetrokkenheid.portal.isop;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

interface SchoolRepository extends ReactiveElasticsearchRepository<SchoolDocument, String> {

	Mono<SchoolDocument> findFirstBySlug(String slug);

	Mono<Boolean> existsBySlug(String slug);

	Flux<SchoolDocument> findByContactSubject(String contactSubject, Pageable pageable);

	Flux<SchoolDocument> findByAssessorSubject(String assessorSubject, Pageable pageable);

	Flux<SchoolDocument> findByAssessorEmail(String assessorEmail, Pageable pageable);

	Flux<SchoolDocument> findByParticipants(String subject, Pageable pageable);

}
