package nl.ouderbetrokkenheid.portal.events;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;

interface RegistrationRepository extends ReactiveElasticsearchRepository<RegistrationDocument, String> {

	Flux<RegistrationDocument> findByEventId(String eventId, Pageable pageable);

	Flux<RegistrationDocument> findBySubject(String subject, Pageable pageable);

	Flux<RegistrationDocument> findByStatus(RegistrationDocument.Status status, Pageable pageable);

}
