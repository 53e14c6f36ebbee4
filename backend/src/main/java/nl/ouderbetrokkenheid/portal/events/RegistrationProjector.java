package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.mail.MailMessage;
import nl.ouderbetrokkenheid.portal.mail.Outbox;
import nl.ouderbetrokkenheid.portal.system.ReadYourWrites;

import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.data.elasticsearch.core.MultiGetItem;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Makes registration documents show what the ledger decided, and queues the mail each decision calls for. Every step
 * is idempotent: a mail is keyed by registration and ledger revision, and a document only moves forward to a newer
 * revision (compare-and-set on its sequence number), so projecting the same entries again, or concurrently from two
 * replicas, has the effect of projecting them once.
 * <p>
 * A ledger batch can decide hundreds of registrations at once, so they are projected in bulk: one multi-get for the
 * documents, one bulk request for the mails, one bulk request for the documents (each item with its own
 * {@code if_seq_no}/{@code if_primary_term}); the items that lost a race are read and projected again.
 */
@Component
@RequiredArgsConstructor
class RegistrationProjector {

	/** Registrations per multi-get and bulk request. */
	private static final int CHUNK = 250;

	/** Rounds for items that lost a compare-and-set; each round re-reads them, so this is rarely more than 2. */
	private static final int MAX_ROUNDS = 20;

	private final ReactiveElasticsearchOperations operations;

	private final ReactiveElasticsearchClient client;

	private final Outbox outbox;

	private final EventMails mails;

	private final Clock clock;

	Mono<Void> project(String eventId, List<LedgerDocument.Entry> entries) {
		return project(eventId, entries, false);
	}

	/**
	 * As {@link #project(String, List)}; with {@code visible}, completes only once searches see the documents
	 * ({@code refresh=wait_for} on each bulk request), and with them everything written to them before.
	 */
	Mono<Void> project(String eventId, List<LedgerDocument.Entry> entries, boolean visible) {
		if (entries.isEmpty()) {
			return Mono.empty();
		}
		return Mono.defer(() -> this.operations.get(eventId, EventDocument.class))
			.flatMap(event -> Flux.fromIterable(entries)
				.buffer(CHUNK)
				.concatMap(chunk -> projectChunk(event, chunk, visible, 1))
				.then());
	}

	private Mono<Void> projectChunk(EventDocument event, List<LedgerDocument.Entry> entries, boolean visible,
			int round) {
		return read(entries).flatMap(documents -> {
			List<MailMessage> queued = new ArrayList<>();
			List<RegistrationDocument> updated = new ArrayList<>();
			for (LedgerDocument.Entry entry : entries) {
				RegistrationDocument registration = documents.get(entry.getRegistrationId());
				if (registration == null || registration.getRev() >= entry.getRev()
						|| registration.getAttempt() != entry.getAttempt()) {
					continue; // already shows this (or a newer) decision, or a newer attempt awaits one
				}
				MailMessage mail = this.mails.forChange(event, registration, entry);
				if (mail != null) {
					queued.add(mail);
				}
				registration.setStatus(entry.getStatus());
				registration.setArrival(entry.getArrival());
				registration.setRev(entry.getRev());
				registration.setUpdatedAt(this.clock.instant());
				updated.add(registration);
			}
			// Mails first: if the process dies in between, projecting again finds them already queued.
			return this.outbox.enqueueAll(queued).then(Mono.defer(() -> write(updated, visible)));
		}).flatMap(lost -> {
			if (lost.isEmpty()) {
				return Mono.<Void>empty();
			}
			if (round >= MAX_ROUNDS) {
				return Mono.error(new IllegalStateException(
						"%d registrations of event %s kept changing while projected".formatted(lost.size(), event.getId())));
			}
			List<LedgerDocument.Entry> again = entries.stream()
				.filter(entry -> lost.contains(entry.getRegistrationId()))
				.toList();
			return projectChunk(event, again, visible, round + 1);
		});
	}

	/** The registration documents as they are now (realtime), with their sequence numbers. */
	private Mono<Map<String, RegistrationDocument>> read(List<LedgerDocument.Entry> entries) {
		NativeQuery ids = NativeQuery.builder()
			.withIds(entries.stream().map(LedgerDocument.Entry::getRegistrationId).distinct().toList())
			.build();
		return Flux.defer(() -> this.operations.multiGet(ids, RegistrationDocument.class))
			.filter(MultiGetItem::hasItem)
			.map(MultiGetItem::getItem)
			.collectMap(RegistrationDocument::getId, document -> document, HashMap::new);
	}

	/** Writes the documents, each only if unchanged since read; completes with the ids of those that had changed. */
	private Mono<Set<String>> write(List<RegistrationDocument> documents, boolean visible) {
		if (documents.isEmpty()) {
			return Mono.just(Set.of());
		}
		return Mono.defer(() -> {
			String index = this.operations.getIndexCoordinatesFor(RegistrationDocument.class).getIndexName();
			return this.client.bulk(bulk -> {
				bulk.refresh(ReadYourWrites.refresh(visible));
				for (RegistrationDocument document : documents) {
					SeqNoPrimaryTerm version = document.getSeqNoPrimaryTerm();
					Object source = this.operations.getElasticsearchConverter().mapObject(document);
					bulk.operations(op -> op.index(write -> write.index(index)
						.id(document.getId())
						.ifSeqNo(version.sequenceNumber())
						.ifPrimaryTerm(version.primaryTerm())
						.document(source)));
				}
				return bulk;
			});
		}).flatMap(response -> {
			Set<String> lost = new HashSet<>();
			for (BulkResponseItem item : response.items()) {
				if (item.error() == null) {
					continue;
				}
				if (item.status() != 409) {
					return Mono.error(new IllegalStateException(
							"Projecting registration %s failed: %s".formatted(item.id(), item.error().reason())));
				}
				lost.add(item.id());
			}
			return Mono.just(lost);
		});
	}

}
