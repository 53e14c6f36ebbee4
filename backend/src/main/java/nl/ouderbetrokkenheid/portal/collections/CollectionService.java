package nl.ouderbetrokkenheid.portal.collections;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.Validator;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.catalog.ItemCards;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.system.Tokens;
import nl.ouderbetrokkenheid.portal.system.Visible;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * A member's collections: only the owner sees or changes one (anyone else gets 404, as for one that does not exist);
 * a shared one is read through its token alone, read-only. Changes are read-modify-writes at the version read, applied
 * again to the newer collection on a conflict.
 */
@Service
@RequiredArgsConstructor
class CollectionService {

	static final int MAX_COLLECTIONS = 50;

	static final int MAX_ITEMS = 200;

	private final CollectionRepository collections;

	/** The member's list is a search: a new or renamed collection is in it at once. */
	@Visible
	private final ReactiveElasticsearchOperations visible;

	private final ItemCards cards;

	private final Validator validator;

	private final Clock clock;

	Mono<CollectionsApi.CollectionList> mine(PortalUser caller) {
		return this.collections
			.findByOwner(caller.subject(), PageRequest.of(0, MAX_COLLECTIONS, Sort.by(Sort.Direction.DESC, "updatedAt")))
			.map(collection -> new CollectionsApi.CollectionSummary(collection.getId(), collection.getName(),
					collection.getItems().size(), collection.getShareToken(), collection.getUpdatedAt()))
			.collectList()
			.map(CollectionsApi.CollectionList::new);
	}

	Mono<CollectionsApi.CollectionView> create(CollectionsApi.CollectionRequest request, PortalUser caller) {
		return Mono.fromRunnable(() -> requireValid(request))
			.then(this.collections.findByOwner(caller.subject(), PageRequest.of(0, MAX_COLLECTIONS)).count())
			.flatMap(count -> {
				if (count >= MAX_COLLECTIONS) {
					return Mono.error(new PortalException(HttpStatus.CONFLICT, "too-many-collections",
							"Too many collections", "Delete a collection before making another one."));
				}
				CollectionDocument collection = new CollectionDocument();
				collection.setId(UUID.randomUUID().toString());
				collection.setOwner(caller.subject());
				collection.setName(request.name().strip());
				collection.setCreatedAt(this.clock.instant());
				collection.setUpdatedAt(collection.getCreatedAt());
				return this.visible.save(collection);
			})
			.flatMap(this::view);
	}

	Mono<CollectionsApi.CollectionView> get(String id, PortalUser caller) {
		return own(id, caller).flatMap(this::view);
	}

	Mono<CollectionsApi.CollectionView> rename(String id, CollectionsApi.CollectionRequest request, PortalUser caller) {
		return Mono.fromRunnable(() -> requireValid(request)).then(change(id, caller, collection -> {
			collection.setName(request.name().strip());
			return Mono.just(collection);
		}));
	}

	Mono<Void> delete(String id, PortalUser caller) {
		return own(id, caller).flatMap(this.visible::delete).then();
	}

	Mono<CollectionsApi.CollectionView> add(String id, String itemId, PortalUser caller) {
		return this.cards.published(List.of(itemId))
			.filter(found -> found.containsKey(itemId))
			.switchIfEmpty(Mono.error(() -> new PortalException(HttpStatus.NOT_FOUND, "item-not-found",
					"Item not found", "There is no such item in the catalogue.")))
			.then(change(id, caller, collection -> {
				if (collection.getItems().stream().anyMatch(entry -> entry.getItem().equals(itemId))) {
					return Mono.just(collection);
				}
				if (collection.getItems().size() >= MAX_ITEMS) {
					return Mono.error(new InvalidRequestException(List.of(new Problems.FieldError("items", Problems.Code.TOO_MANY,
							"at most " + MAX_ITEMS + " items", null, (long) MAX_ITEMS))));
				}
				CollectionDocument.Entry entry = new CollectionDocument.Entry();
				entry.setItem(itemId);
				entry.setAddedAt(this.clock.instant());
				collection.getItems().add(entry);
				return Mono.just(collection);
			}));
	}

	Mono<CollectionsApi.CollectionView> remove(String id, String itemId, PortalUser caller) {
		return change(id, caller, collection -> {
			collection.getItems().removeIf(entry -> entry.getItem().equals(itemId));
			return Mono.just(collection);
		});
	}

	/** Shares the collection by a link (the same link again if it is shared already). */
	Mono<CollectionsApi.CollectionView> share(String id, PortalUser caller) {
		return change(id, caller, collection -> {
			if (collection.getShareToken() == null) {
				collection.setShareToken(Tokens.random());
			}
			return Mono.just(collection);
		});
	}

	/** Stops sharing: the link no longer opens the collection (sharing again makes a new link). */
	Mono<CollectionsApi.CollectionView> unshare(String id, PortalUser caller) {
		return change(id, caller, collection -> {
			collection.setShareToken(null);
			return Mono.just(collection);
		});
	}

	/** A shared collection by its link's token; a wrong or withdrawn token is answered as if there were none. */
	Mono<CollectionsApi.SharedCollection> shared(String token) {
		return this.collections.findFirstByShareToken(token)
			.filter(collection -> Tokens.same(collection.getShareToken(), token))
			.switchIfEmpty(Mono.error(CollectionService::notFound))
			.flatMap(collection -> items(collection)
				.map(items -> new CollectionsApi.SharedCollection(collection.getName(), items)));
	}

	private Mono<CollectionsApi.CollectionView> change(String id, PortalUser caller,
			Function<CollectionDocument, Mono<CollectionDocument>> edit) {
		return Mono.defer(() -> own(id, caller))
			.flatMap(edit)
			.flatMap(collection -> {
				collection.setUpdatedAt(this.clock.instant());
				return this.visible.save(collection);
			})
			.retryWhen(Retry.max(5).filter(Conflicts::isConflict))
			.flatMap(this::view);
	}

	private Mono<CollectionDocument> own(String id, PortalUser caller) {
		return this.collections.findById(id)
			.filter(collection -> collection.getOwner().equals(caller.subject()))
			.switchIfEmpty(Mono.error(CollectionService::notFound));
	}

	private Mono<CollectionsApi.CollectionView> view(CollectionDocument collection) {
		return items(collection).map(items -> new CollectionsApi.CollectionView(collection.getId(),
				collection.getName(), collection.getShareToken(), items, collection.getCreatedAt(),
				collection.getUpdatedAt()));
	}

	/** The collection's items that are still published, in the order they were added. */
	private Mono<List<ItemCards.Card>> items(CollectionDocument collection) {
		List<String> ids = collection.getItems().stream().map(CollectionDocument.Entry::getItem).toList();
		return this.cards.published(ids).map((Map<String, ItemCards.Card> found) -> {
			List<ItemCards.Card> items = new ArrayList<>();
			ids.stream().map(found::get).filter(java.util.Objects::nonNull).forEach(items::add);
			return items;
		});
	}

	private void requireValid(CollectionsApi.CollectionRequest request) {
		List<Problems.FieldError> errors = Problems.fieldErrors(this.validator.validate(request));
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	private static PortalException notFound() {
		return new PortalException(HttpStatus.NOT_FOUND, "collection-not-found", "Collection not found",
				"There is no collection here: it does not exist, is someone else's, or is no longer shared.");
	}

}
