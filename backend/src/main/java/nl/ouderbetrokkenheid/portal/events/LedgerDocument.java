package nl.ouderbetrokkenheid.portal.events;

import java.util.ArrayList;
import java.util.List;

import lombok.Data;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/**
 * The single source of truth for an event's seats: every registration attempt's arrival number and status. It is
 * only ever written with a compare-and-set on its sequence number, so each write is based on the one before.
 */
@Data
@Document(indexName = "#{@indexNames.alias('event-ledgers')}", createIndex = false,
		writeTypeHint = WriteTypeHint.FALSE)
class LedgerDocument {

	@Data
	static class Entry {

		private String registrationId;

		private int attempt;

		private int seats;

		private long arrival;

		private RegistrationDocument.Status status;

		/** Why the status last changed, so the right mail goes out. */
		private Notice notice;

		/** The ledger revision of the last change. */
		private long rev;

	}

	enum Notice {

		CONFIRMED, WAITLISTED, PROMOTED, CANCELLED_BY_MEMBER, EVENT_CANCELLED

	}

	@Id
	private String eventId;

	/** {@code null}: unlimited. */
	private Integer capacity;

	/**
	 * The event's {@code capacityVersion} whose capacity this is; -1 until an edit changed it. (Ledgers written before
	 * that counter hold the event's sequence number here; edits count on from above it.)
	 */
	private long capacityVersion = -1;

	private boolean open = true;

	private int confirmedSeats;

	private long nextArrival = 1;

	private long nextRev = 1;

	private List<Entry> entries = new ArrayList<>();

	private SeqNoPrimaryTerm seqNoPrimaryTerm;

}
