package nl.ouderbetrokkenheid.portal.search;

import java.time.Duration;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.JobLeases;
import nl.ouderbetrokkenheid.portal.system.JobRounds;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deletes the search misses not seen within the retention period: hourly, on one replica at a time. */
@Component
@RequiredArgsConstructor
class SearchMissesPurge {

	private static final Duration INTERVAL = Duration.ofHours(1);

	private final SearchMisses misses;

	private final JobLeases leases;

	private final JobRounds rounds;

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.rounds.every(Duration.ofMinutes(1), INTERVAL, "Search misses purge", () -> this.leases
			.runExclusively("search-misses-purge", JobRounds.lease(INTERVAL), this.misses.purgeExpired()));
	}

}
