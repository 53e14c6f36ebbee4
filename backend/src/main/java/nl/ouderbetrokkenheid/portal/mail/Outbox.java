package nl.ouderbetrokkenheid.portal.mail;

import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.DocumentWrites;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Where features put mail. A mail is stored before anything is sent, under an id derived from its key and created
 * with {@code op_type=create}: enqueueing the same mail twice (a retried request, two replicas running the same job)
 * stores it once.
 */
@Component
@RequiredArgsConstructor
public class Outbox {

	private final DocumentWrites writes;

	private final Clock clock;

	/** Stores the mail for sending; completes with {@code true} if it was new, {@code false} if already there. */
	public Mono<Boolean> enqueue(MailMessage message) {
		OutboxDocument document = toDocument(message);
		return this.writes.create(document.getId(), document);
	}

	/**
	 * Stores many mails in one bulk request, each with {@code op_type=create}: a mail already queued stays as it is.
	 * Completes when every mail is stored (new or not); fails if one could not be stored.
	 */
	public Mono<Void> enqueueAll(List<MailMessage> messages) {
		return Mono.defer(() -> this.writes.createAll(messages.stream().map(this::toDocument).toList(),
				OutboxDocument::getId, false));
	}

	private OutboxDocument toDocument(MailMessage message) {
		OutboxDocument document = new OutboxDocument();
		document.setId(idOf(message.key()));
		document.setTo(message.to());
		document.setSubject(message.subject());
		document.setText(message.text());
		document.setAttachments(message.attachments().stream().map(attachment -> {
			OutboxDocument.StoredAttachment stored = new OutboxDocument.StoredAttachment();
			stored.setFilename(attachment.filename());
			stored.setContentType(attachment.contentType());
			stored.setContent(Base64.getEncoder().encodeToString(attachment.content()));
			return stored;
		}).toList());
		document.setHeaders(new LinkedHashMap<>(message.headers()));
		document.setStatus(OutboxDocument.Status.PENDING);
		document.setCreatedAt(this.clock.instant());
		document.setNextAttemptAt(this.clock.instant());
		return document;
	}

	static String idOf(String key) {
		// Ids are at most 512 bytes; keys are short in practice, but a long one is still stored under a stable id.
		return (key.length() <= 200) ? key : key.substring(0, 120) + "-" + Integer.toHexString(key.hashCode());
	}

}
