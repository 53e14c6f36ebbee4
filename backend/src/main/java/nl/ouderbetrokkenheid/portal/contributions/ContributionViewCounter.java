package nl.ouderbetrokkenheid.portal.contributions;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.catalog.ItemViewed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts reads of published contributions' item pages. The count is written after the page is answered, so a reader
 * never waits on it; a count that cannot be written is logged and lost, which an aggregate can bear.
 */
@Component
@RequiredArgsConstructor
class ContributionViewCounter {

	private static final Logger logger = LoggerFactory.getLogger(ContributionViewCounter.class);

	private final ContributionService contributions;

	@EventListener
	void viewed(ItemViewed event) {
		if (!event.published()) {
			return;
		}
		this.contributions.countView(event.itemId())
			.subscribe(null, ex -> logger.warn("Could not count a view of item {}", event.itemId(), ex));
	}

}
