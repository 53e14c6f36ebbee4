package nl.ouderbetrokkenheid.portal.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.EditedDocument;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * An event as the organiser described it. Seats are not counted here but in the event's {@link LedgerDocument}.
 */
@Data
@Document(indexName = "#{@indexNames.alias('events')}", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
class EventDocument extends EditedDocument {

	enum Kind {

		INSPIRATION, EXCHANGE, CONFERENCE

	}

	enum Scope {

		NATIONAL, REGIONAL

	}

	enum Status {

		DRAFT, PUBLISHED, CANCELLED

	}

	@Data
	static class Venue {

		private String name;

		private String address;

		private String city;

	}

	@Data
	static class Question {

		enum Type {

			TEXT, CHOICE

		}

		private String id;

		private String label;

		private Type type;

		private List<String> options = new ArrayList<>();

		private boolean required;

	}

	private String title;

	/** Markdown. */
	private String description;

	private Kind kind;

	private Scope scope;

	private String province;

	private Venue venue;

	private String onlineUrl;

	@Timestamp
	private Instant startsAt;

	@Timestamp
	private Instant endsAt;

	/** Seats; {@code null} for unlimited. */
	private Integer capacity;

	/**
	 * Counts the capacity edits, so the ledger can tell a later edit's {@code Resize} from an earlier one. Kept in the
	 * document rather than taken from its sequence number, which starts again from zero when the index is rolled
	 * forward to a new version.
	 */
	private long capacityVersion;

	@Timestamp
	private Instant registrationOpensAt;

	@Timestamp
	private Instant registrationClosesAt;

	private List<String> partnerships = new ArrayList<>();

	private List<String> aspects = new ArrayList<>();

	private List<String> sectors = new ArrayList<>();

	private List<Question> questions = new ArrayList<>();

	private Status status;

	/** The organiser's subject. */
	private String organiser;

	private String organiserName;

	@Timestamp
	private Instant reminderSentAt;

	@Timestamp
	private Instant anonymisedAt;

}
