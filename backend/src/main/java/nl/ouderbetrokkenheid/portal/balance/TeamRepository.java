package nl.ouderbetrokkenheid.portal.balance;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;

interface TeamRepository extends ReactiveElasticsearchRepository<TeamDocument, String> {

	Flux<TeamDocument> findByMembersSubject(String subject, Pageable page);

}
