package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.JobFailures;

import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Removes the personal data from a registration while keeping the document (its id, attempt and status), so the
 * seat history stays consistent and the person could register again.
 */
@Component
@RequiredArgsConstructor
class RegistrationAnonymiser {

	/** What anonymising many registrations did: how many were anonymised now, and how many failed. */
	record Result(long anonymised, long failed) {
	}

	private static final int BATCH = 500;

	private final RegistrationRepository registrations;

	private final ReactiveElasticsearchOperations operations;

	private final ReactiveElasticsearchClient client;

	private final JobFailures failures;

	private final Clock clock;

	Mono<Void> anonymise(String registrationId) {
		return Mono.defer(() -> this.registrations.findById(registrationId))
			.filter(registration -> !registration.isAnonymised())
			.flatMap(registration -> this.registrations.save(strip(registration)))
			.retryWhen(Retry.max(5).filter(Conflicts::isConflict))
			.then();
	}

	/**
	 * Anonymises every registration streamed in, a bulk request per batch: each write is a compare-and-set against
	 * the version read, and one that lost (the person changed something meanwhile) is done again on its own. A
	 * registration that cannot be anonymised is recorded as a failure of the anonymisation job and skipped.
	 */
	Mono<Result> anonymiseAll(Flux<RegistrationDocument> found) {
		return found.filter(registration -> !registration.isAnonymised())
			.buffer(BATCH)
			.concatMap(this::anonymiseBatch)
			.reduce(new Result(0, 0), (a, b) -> new Result(a.anonymised() + b.anonymised(), a.failed() + b.failed()));
	}

	private Mono<Result> anonymiseBatch(List<RegistrationDocument> found) {
		// Without the version it was read at, a registration is done on its own (read again, then compare-and-set).
		List<RegistrationDocument> batch = found.stream().filter(r -> r.getSeqNoPrimaryTerm() != null).toList();
		List<String> unversioned = found.stream()
			.filter(r -> r.getSeqNoPrimaryTerm() == null)
			.map(RegistrationDocument::getId)
			.toList();
		if (batch.isEmpty()) {
			return one(unversioned);
		}
		return Mono.defer(() -> {
			String index = this.operations.getIndexCoordinatesFor(RegistrationDocument.class).getIndexName();
			return this.client.bulk(bulk -> {
				for (RegistrationDocument registration : batch) {
					Object source = this.operations.getElasticsearchConverter().mapObject(strip(registration));
					bulk.operations(op -> op.index(write -> write.index(index)
						.id(registration.getId())
						.ifSeqNo(registration.getSeqNoPrimaryTerm().sequenceNumber())
						.ifPrimaryTerm(registration.getSeqNoPrimaryTerm().primaryTerm())
						.document(source)));
				}
				return bulk;
			});
		}).flatMap(response -> {
			List<BulkResponseItem> lost = new ArrayList<>();
			long failed = 0;
			for (BulkResponseItem item : response.items()) {
				if (item.error() == null) {
					continue;
				}
				if (item.status() == 409) {
					lost.add(item);
				}
				else {
					failed++;
					this.failures.record(EventJobs.ANONYMISATION, item.id(),
							new IllegalStateException(item.error().reason()));
				}
			}
			long written = response.items().size() - lost.size() - failed;
			long refused = failed;
			List<String> again = new ArrayList<>(unversioned);
			lost.forEach(item -> again.add(item.id()));
			return one(again).map(retried -> new Result(written + retried.anonymised(), refused + retried.failed()));
		});
	}

	/** Anonymises each on its own, recording those that fail. */
	private Mono<Result> one(List<String> ids) {
		return Flux.fromIterable(ids)
			.concatMap(id -> this.failures.isolate(EventJobs.ANONYMISATION, id, anonymise(id).thenReturn(true))
				.defaultIfEmpty(false))
			.reduce(new Result(0, 0), (result, ok) -> ok ? new Result(result.anonymised() + 1, result.failed())
					: new Result(result.anonymised(), result.failed() + 1));
	}

	private RegistrationDocument strip(RegistrationDocument registration) {
		registration.setSubject(null);
		registration.setName(null);
		registration.setEmail(null);
		registration.setColleagues(new ArrayList<>());
		registration.setAnswers(new LinkedHashMap<>());
		registration.setAnonymised(true);
		registration.setUpdatedAt(this.clock.instant());
		return registration;
	}

}
