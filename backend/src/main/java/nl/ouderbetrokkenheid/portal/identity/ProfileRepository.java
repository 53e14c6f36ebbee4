package nl.ouderbetrokkenheid.portal.identity;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;

interface ProfileRepository extends ReactiveElasticsearchRepository<ProfileDocument, String> {

	Flux<ProfileDocument> findAllBy(Pageable pageable);

}
