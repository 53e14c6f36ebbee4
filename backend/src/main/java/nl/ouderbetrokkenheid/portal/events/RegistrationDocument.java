package nl.ouderbetrokkenheid.portal.events;

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
 * One person's registration for one event, under the deterministic id {@code hash(eventId, subject)}. Its status
 * mirrors the ledger: the ledger decides, this document shows the decision (see {@link RegistrationProjector}).
 */
@Data
@Document(indexName = "#{@indexNames.alias('registrations')}", createIndex = false,
		writeTypeHint = WriteTypeHint.FALSE)
class RegistrationDocument {

	enum Status {

		/** Stored, not yet settled by the ledger. */
		PENDING, CONFIRMED, WAITLISTED, CANCELLED

	}

	@Id
	private String id;

	private String eventId;

	private String subject;

	private String name;

	private String email;

	private List<String> colleagues = new ArrayList<>();

	private int seats;

	/** Question id to answer. */
	private Map<String, String> answers = new LinkedHashMap<>();

	private Status status;

	/** The arrival number the ledger gave this attempt. */
	private Long arrival;

	/** Goes up each time the person registers again after cancelling. */
	private int attempt;

	/** The ledger revision this document reflects; older revisions never overwrite newer ones. */
	private long rev;

	private boolean present;

	private boolean anonymised;

	@Timestamp
	private Instant createdAt;

	@Timestamp
	private Instant updatedAt;

	private SeqNoPrimaryTerm seqNoPrimaryTerm;

}
