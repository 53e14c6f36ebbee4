package nl.ouderbetrokkenheid.portal.files;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.repository.ReactiveElasticsearchRepository;

import reactor.core.publisher.Flux;

interface FileRepository extends ReactiveElasticsearchRepository<FileDocument, String> {

	Flux<FileDocument> findByOwner(String owner, Pageable page);

	Flux<FileDocument> findByUploaderSubject(String subject, Pageable page);

}
