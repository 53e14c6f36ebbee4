package nl.ouderbetrokkenheid.portal.contributions;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import nl.ouderbetrokkenheid.portal.catalog.ItemViewed;
import nl.ouderbetrokkenheid.portal.system.JobRounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Counts reads of published contributions' item pages: in memory as they happen, added to the stored count every
 * {@link #ROUND} by one write per contribution. A write per read made every reader of a popular contribution compete
 * for one document, and under a burst some counts ran out of retries and were lost; now a replica's readers only
 * increment a number, and the stored count has as many writers as there are replicas. A reader never waits on it. A
 * count that cannot be stored stays in memory for the next round; what a replica counted in its last seconds before
 * it stopped is lost, which an aggregate can bear.
 */
@Component
class ContributionViewCounter {

	static final Duration ROUND = Duration.ofSeconds(2);

	private static final Logger logger = LoggerFactory.getLogger(ContributionViewCounter.class);

	private final ContributionService contributions;

	/** Reads counted since the last round, per contribution; the entries stay (one per contribution read). */
	private final Map<String, AtomicLong> counted = new ConcurrentHashMap<>();

	ContributionViewCounter(ContributionService contributions, JobRounds rounds) {
		this.contributions = contributions;
		rounds.every(ROUND, ROUND, "contribution-views", this::store);
	}

	@EventListener
	void viewed(ItemViewed event) {
		if (event.published()) {
			ContributionService.contributionOf(event.itemId())
				.ifPresent(id -> this.counted.computeIfAbsent(id, key -> new AtomicLong()).incrementAndGet());
		}
	}

	Mono<Void> store() {
		return Flux.fromIterable(this.counted.entrySet()).concatMap(entry -> {
			long views = entry.getValue().getAndSet(0);
			if (views == 0) {
				return Mono.empty();
			}
			return this.contributions.addViews(entry.getKey(), views).onErrorResume(ex -> {
				logger.warn("Could not store {} views of contribution {}; kept for the next round", views,
						entry.getKey(), ex);
				entry.getValue().addAndGet(views);
				return Mono.empty();
			});
		}).then();
	}

}
