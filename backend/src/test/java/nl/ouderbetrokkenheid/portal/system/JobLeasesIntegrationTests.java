package nl.ouderbetrokkenheid.portal.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job scheduled on every replica runs on one: replicas (lease holders with their own identity and clock) race for
 * the lease, one wins, and the next run is possible once the lease expired.
 */
@PortalIntegrationTest
class JobLeasesIntegrationTests {

	@Autowired
	private ReactiveElasticsearchOperations operations;

	@Autowired
	private DocumentWrites writes;

	/** A replica whose clock reads {@code now}. */
	private JobLeases replica(Instant now) {
		return new JobLeases(this.operations, this.writes, Clock.fixed(now, ZoneOffset.UTC));
	}

	private int race(List<JobLeases> replicas, String job, AtomicInteger runs) {
		return Flux.fromIterable(replicas)
			.flatMap(replica -> replica
				.runExclusively(job, Duration.ofMinutes(1), Mono.fromSupplier(runs::incrementAndGet))
				.subscribeOn(Schedulers.parallel()))
			.collectList()
			.block(Duration.ofSeconds(30))
			.size();
	}

	@Test
	void ofSixReplicasStartingAJobAtOnceExactlyOneRunsItUntilTheLeaseExpires() {
		String job = "test-job-" + UUID.randomUUID();
		Instant now = Instant.now();
		AtomicInteger runs = new AtomicInteger();

		// First run: nobody holds the lease yet (all try op_type=create).
		List<JobLeases> replicas = List.of(replica(now), replica(now), replica(now), replica(now), replica(now),
				replica(now));
		assertThat(race(replicas, job, runs)).isEqualTo(1);
		assertThat(runs).hasValue(1);

		// Half a minute later the lease still holds: nobody runs it.
		Instant later = now.plusSeconds(30);
		assertThat(race(List.of(replica(later), replica(later), replica(later)), job, runs)).isZero();

		// Once it expired, the replicas race again (compare-and-set on the expired lease): again exactly one.
		Instant expired = now.plusSeconds(61);
		assertThat(race(List.of(replica(expired), replica(expired), replica(expired), replica(expired)), job, runs))
			.isEqualTo(1);
		assertThat(runs).hasValue(2);
	}

}
