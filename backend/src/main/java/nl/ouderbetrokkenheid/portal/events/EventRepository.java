package nl.ouderbetrokkenheid.portal.events;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;

interface EventRepository extends ReactiveElasticsearchRepository<EventDocument, String> {

	Flux<EventDocument> findByOrganiser(String organiser, Pageable pageable);

	/** All of them, however many: unpaged, so read with a point in time and search_after. */
	Flux<EventDocument> findByOrganiser(String organiser);

	Flux<EventDocument> findByStatus(EventDocument.Status status, Pageable pageable);

	Flux<EventDocument> findAllBy(Pageable pageable);

}
