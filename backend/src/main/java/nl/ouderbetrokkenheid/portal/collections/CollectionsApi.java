package nl.ouderbetrokkenheid.portal.collections;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.ouderbetrokkenheid.portal.catalog.ItemCards;

/** The collections API's requests and responses (docs/follow.md). */
final class CollectionsApi {

	private CollectionsApi() {
	}

	record CollectionRequest(@NotBlank @Size(max = 100) String name) {
	}

	/** A collection in the owner's list; {@code shareToken} only while it is shared. */
	record CollectionSummary(String id, String name, int itemCount, String shareToken, Instant updatedAt) {
	}

	record CollectionList(List<CollectionSummary> collections) {
	}

	/** A collection as its owner sees it, with its (published) items. */
	record CollectionView(String id, String name, String shareToken, List<ItemCards.Card> items, Instant createdAt,
			Instant updatedAt) {
	}

	/** A shared collection as anyone with the link sees it: the name and the items, nothing about its owner. */
	record SharedCollection(String name, List<ItemCards.Card> items) {
	}

}
