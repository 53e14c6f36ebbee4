package nl.ouderbetrokkenheid.portal.collections;

import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PersonalDataHolder;
import nl.ouderbetrokkenheid.portal.system.Visible;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** A member's collections (names, items, whether shared) are in their export and deleted with their account. */
@Component
@RequiredArgsConstructor
class CollectionsPersonalData implements PersonalDataHolder {

	private final CollectionRepository collections;

	/** The person's list is a search: what erasure removes is gone from it at once. */
	@Visible
	private final ReactiveElasticsearchOperations visible;

	@Override
	public String section() {
		return "collections";
	}

	@Override
	public Mono<Object> export(String subject) {
		return this.collections.findByOwner(subject, Pageable.unpaged()).map(collection -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", collection.getId());
			entry.put("name", collection.getName());
			entry.put("items", collection.getItems());
			entry.put("shared", collection.getShareToken() != null);
			entry.put("createdAt", collection.getCreatedAt());
			entry.put("updatedAt", collection.getUpdatedAt());
			return (Object) entry;
		}).collectList().map(list -> (Object) list);
	}

	@Override
	public Mono<Void> erase(String subject) {
		return this.collections.findByOwner(subject, Pageable.unpaged())
			.concatMap(collection -> this.visible.delete(collection.getId(), CollectionDocument.class))
			.then();
	}

}
