package nl.ouderbetrokkenheid.portal.events;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;

interface RegistrationRepository extends ReactiveElasticsearchRepository<RegistrationDocument, String> {

	Flux<RegistrationDocument> findByEventId(String eventId, Pageable pageable);

	/**
	 * Every registration of the event, however many (capacity may be far above the 10,000 one search returns): an
	 * unpaged query, which Spring Data reads through a point in time with search_after.
	 */
	Flux<RegistrationDocument> streamAllByEventId(String eventId);

	Flux<RegistrationDocument> findBySubject(String subject, Pageable pageable);

	Flux<RegistrationDocument> findByStatus(RegistrationDocument.Status status, Pageable pageable);

}
