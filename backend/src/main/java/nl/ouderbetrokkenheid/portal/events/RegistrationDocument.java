package nl.ouderbetrokkenheid.portal.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.EditedDocument;

import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * One person's registration for one event, under the deterministic id {@code hash(eventId, subject)}. Its status
 * mirrors the ledger: the ledger decides, this document shows the decision (see {@link RegistrationProjector}).
 */
@Data
@Document(indexName = "#{@indexNames.alias('registrations')}", createIndex = false,
		writeTypeHint = WriteTypeHint.FALSE)
class RegistrationDocument extends EditedDocument {

	enum Status {

		/** Stored, not yet settled by the ledger. */
		PENDING, CONFIRMED, WAITLISTED, CANCELLED

	}

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

}
