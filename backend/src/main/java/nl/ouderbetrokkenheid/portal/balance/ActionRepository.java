package nl.ouderbetrokkenheid.portal.balance;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;

interface ActionRepository extends ReactiveElasticsearchRepository<ActionDocument, String> {

	Flux<ActionDocument> findByTeamId(String teamId, Pageable page);

	Flux<ActionDocument> findByOwnerSubject(String subject, Pageable page);

}
