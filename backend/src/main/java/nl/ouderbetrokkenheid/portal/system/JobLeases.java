package nl.ouderbetrokkenheid.portal.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import lombok.Data;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Lets a scheduled job run on one replica at a time although every replica schedules it: a lease document per job,
 * claimed with {@code op_type=create} or a compare-and-set on its sequence number once the previous lease expired.
 * The jobs themselves stay idempotent, so a lease that expires mid-run costs duplicate work, never duplicate effects.
 */
@Component
@RequiredArgsConstructor
public class JobLeases {

	@Data
	@Document(indexName = "#{@indexNames.alias('job-leases')}", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
	static class LeaseDocument {

		@Id
		private String job;

		private String holder;

		@Timestamp
		private Instant expiresAt;

		@Timestamp
		private Instant lastRunAt;

		private SeqNoPrimaryTerm seqNoPrimaryTerm;

	}

	private final ReactiveElasticsearchOperations operations;

	private final DocumentWrites writes;

	private final Clock clock;

	/** This replica's identity in lease documents. */
	private final String holder = UUID.randomUUID().toString();

	/**
	 * Runs the work if this replica wins the job's lease for {@code duration}; completes empty when another replica
	 * holds it. The lease is kept until it expires, so {@code duration} is also the shortest time between two runs.
	 */
	public <T> Mono<T> runExclusively(String job, Duration duration, Mono<T> work) {
		return claim(job, duration).flatMap(won -> won ? work : Mono.empty());
	}

	Mono<Boolean> claim(String job, Duration duration) {
		Instant now = this.clock.instant();
		LeaseDocument fresh = new LeaseDocument();
		fresh.setJob(job);
		fresh.setHolder(this.holder);
		fresh.setExpiresAt(now.plus(duration));
		fresh.setLastRunAt(now);
		return this.writes.create(job, fresh).flatMap(created -> created ? Mono.just(true)
				: Mono.defer(() -> this.operations.get(job, LeaseDocument.class)).flatMap(lease -> {
					if (lease.getExpiresAt() != null && lease.getExpiresAt().isAfter(now)) {
						return Mono.just(false);
					}
					lease.setHolder(this.holder);
					lease.setExpiresAt(now.plus(duration));
					lease.setLastRunAt(now);
					return Mono.defer(() -> this.operations.save(lease))
						.thenReturn(true)
						.onErrorResume(Conflicts::isConflict, ex -> Mono.just(false));
				}).defaultIfEmpty(false));
	}

}
