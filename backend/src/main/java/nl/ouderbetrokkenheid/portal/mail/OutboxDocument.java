package nl.ouderbetrokkenheid.portal.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/**
 * A mail waiting to be sent, being sent, or sent.
 */
@Data
@Document(indexName = "#{@indexNames.alias('outbox')}", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
class OutboxDocument {

	enum Status {

		PENDING, SENDING, SENT, FAILED

	}

	@Data
	static class StoredAttachment {

		private String filename;

		private String contentType;

		/** Base64. */
		private String content;

	}

	@Id
	private String id;

	private String to;

	private String subject;

	private String text;

	private List<StoredAttachment> attachments = new ArrayList<>();

	private Map<String, String> headers = new LinkedHashMap<>();

	private Status status;

	private int attempts;

	@Timestamp
	private Instant nextAttemptAt;

	@Timestamp
	private Instant claimedUntil;

	/** The replica that holds (or last held) the claim: {@code OutboxSender}'s replica id. */
	private String claimedBy;

	/**
	 * How often the mail was taken over from a claim that ran out while SENDING: each such take-over may have sent a
	 * second copy (the holder may have handed it to the SMTP server before it died).
	 */
	private int resends;

	@Timestamp
	private Instant createdAt;

	@Timestamp
	private Instant sentAt;

	private String lastError;

	private SeqNoPrimaryTerm seqNoPrimaryTerm;

}
