package nl.ouderbetrokkenheid.portal.balance;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;

interface ScanRepository extends ReactiveElasticsearchRepository<ScanDocument, String> {

	Flux<ScanDocument> findBySubject(String subject, Pageable page);

	Flux<ScanDocument> findByTeamId(String teamId, Pageable page);

}
