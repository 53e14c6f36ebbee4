package nl.ouderbetrokkenheid.portal.system;

import java.util.List;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
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

	/**
	 * Creates many documents of one kind in one bulk request, each as {@link #create(String, Object)} would: one whose
	 * id exists stays as it is. Completes when every document is stored (new or not), with {@code refresh} once
	 * searches show them; fails, naming the first, if one could not be stored.
	 */
	public <T> Mono<Void> createAll(List<T> entities, Function<T, String> id, boolean refresh) {
		if (entities.isEmpty()) {
			return Mono.empty();
		}
		return Mono.defer(() -> {
			String index = this.operations.getIndexCoordinatesFor(entities.getFirst().getClass()).getIndexName();
			return this.client.bulk(bulk -> {
				bulk.refresh(ReadYourWrites.refresh(refresh));
				for (T entity : entities) {
					Document source = this.operations.getElasticsearchConverter().mapObject(entity);
					bulk.operations(op -> op.create(create -> create.index(index).id(id.apply(entity)).document(source)));
				}
				return bulk;
			}).flatMap(response -> {
				// 409: created before, as it should be
				List<BulkResponseItem> failed = response.items()
					.stream()
					.filter(item -> item.error() != null && item.status() != 409)
					.toList();
				return failed.isEmpty() ? Mono.<Void>empty()
						: Mono.error(new IllegalStateException("Could not store %d of %d documents in %s, first: %s"
							.formatted(failed.size(), entities.size(), index, failed.getFirst().error().reason())));
			});
		});
	}

}
