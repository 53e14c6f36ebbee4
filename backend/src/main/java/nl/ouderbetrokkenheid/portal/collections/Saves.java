package nl.ouderbetrokkenheid.portal.collections;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** How many members' collections hold an item: a count only, for the item's contributor, never whose. */
@Component
@RequiredArgsConstructor
public class Saves {

	private final CollectionRepository collections;

	public Mono<Long> count(String itemId) {
		return this.collections.countByItemsItem(itemId);
	}

}
