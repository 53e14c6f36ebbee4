package nl.ouderbetrokkenheid.portal.system;

import co.elastic.clients.elasticsearch._types.OpType;
import lombok.RequiredArgsConstructor;

import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.document.Document;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Writes Spring Data documents with {@code op_type=create}, which Spring Data's reactive template does not offer:
 * the document is converted exactly as {@code save} would, then indexed only if no document has that id yet.
 * Features use it for deterministic ids that must be claimed exactly once.
 */
@Component
@RequiredArgsConstructor
public class DocumentWrites {

	private final ReactiveElasticsearchOperations operations;

	private final ReactiveElasticsearchClient client;

	/** Completes with {@code true} when the document was created, {@code false} when one with that id exists. */
	public Mono<Boolean> create(String id, Object entity) {
		return create(id, entity, false);
	}

	/** As {@link #create(String, Object)}, optionally waiting until the document is visible to searches. */
	public Mono<Boolean> create(String id, Object entity, boolean refresh) {
		return Mono.defer(() -> {
			Document document = this.operations.getElasticsearchConverter().mapObject(entity);
			String index = this.operations.getIndexCoordinatesFor(entity.getClass()).getIndexName();
			return this.client.index(request -> request.index(index)
				.id(id)
				.opType(OpType.Create)
				.refresh(ReadYourWrites.refresh(refresh))
				.document(document));
		}).thenReturn(true).onErrorResume(Conflicts::isConflict, ex -> Mono.just(false));
	}

}
