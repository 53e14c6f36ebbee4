package nl.ouderbetrokkenheid.portal.isop;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/**
 * A school with its ISOP dossier: one document, so a step changes the track, the sections and the history in one
 * versioned write. The mapping lives in {@code elasticsearch/indices/isop-schools}.
 */
@Data
@Document(indexName = "#{@indexNames.alias('isop-schools')}", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
class SchoolDocument {

	@Id
	private String id;

	private String slug;

	private String name;

	/** The BRIN number or another identifier the school goes by. */
	private String brin;

	private String place;

	private String province;

	private String sector;

	/** The organisation catalogue items name when they come from this school (its practice examples). */
	private String organisation;

	/** Name, place and organisation, for the register's search. */
	private String searchText;

	private TrackState state;

	private String contactSubject;

	private String contactName;

	private String contactEmail;

	private String assessorSubject;

	private String assessorName;

	/**
	 * The address of an assessor assigned before their first login (lower case); the dossier becomes theirs when they
	 * log in with it holding the role, and the field is cleared then (see {@link IsopAssessors}).
	 */
	private String assessorEmail;

	/** Everyone who wrote something into this dossier, for their data export and erasure. */
	private Set<String> participants = new LinkedHashSet<>();

	private Label label;

	private List<Section> sections = new ArrayList<>();

	private List<Visit> visits = new ArrayList<>();

	private List<Step> history = new ArrayList<>();

	private Consent consent;

	/** Catalogue item ids the school contact linked as the school's shared practice (guideline 5). */
	private List<String> linkedItems = new ArrayList<>();

	/** Event ids the school contact linked as the school's own events. */
	private List<String> linkedEvents = new ArrayList<>();

	private boolean demo;

	@Timestamp
	private Instant createdAt;

	@Timestamp
	private Instant updatedAt;

	private SeqNoPrimaryTerm seqNoPrimaryTerm;

	Section section(String guideline) {
		return this.sections.stream().filter(section -> section.getGuideline().equals(guideline)).findFirst().orElse(null);
	}

	/** The awarded label, with its validity. */
	@Data
	@NoArgsConstructor
	@AllArgsConstructor
	static class Label {

		@Timestamp
		private Instant awardedAt;

		@Timestamp
		private Instant validUntil;

		private String reason;

		/** When the school contact was reminded that the label expires; once per label. */
		@Timestamp
		private Instant reminderSentAt;

	}

	/** One guideline's part of the dossier. */
	@Data
	@NoArgsConstructor
	static class Section {

		private String guideline;

		private SectionStatus status = SectionStatus.OPEN;

		private List<Evidence> evidence = new ArrayList<>();

		private List<Finding> findings = new ArrayList<>();

		Section(String guideline) {
			this.guideline = guideline;
		}

	}

	@Data
	@NoArgsConstructor
	@AllArgsConstructor
	static class Evidence {

		private String id;

		private EvidenceKind kind;

		private String title;

		private String url;

		private String text;

		/** For {@link EvidenceKind#DOCUMENT}: the file, owned by the files feature as {@code isop:<school id>}. */
		private String fileId;

		private String fileName;

		private String contentType;

		private Long size;

		private String addedBySubject;

		private String addedByName;

		@Timestamp
		private Instant addedAt;

	}

	@Data
	@NoArgsConstructor
	@AllArgsConstructor
	static class Finding {

		private SectionStatus status;

		private String text;

		private String assessorSubject;

		private String assessorName;

		@Timestamp
		private Instant at;

	}

	@Data
	@NoArgsConstructor
	@AllArgsConstructor
	static class Visit {

		private String id;

		@Timestamp
		private Instant startsAt;

		@Timestamp
		private Instant endsAt;

		private String location;

		private String note;

		private String plannedBySubject;

		private String plannedByName;

	}

	/** One recorded step: who did what when, and why. */
	@Data
	@NoArgsConstructor
	@AllArgsConstructor
	static class Step {

		private String action;

		private TrackState from;

		private TrackState to;

		private String actorSubject;

		private String actorName;

		@Timestamp
		private Instant at;

		private String detail;

	}

	/** Research consent (guideline 6): given and withdrawn, each with its moment and who recorded it. */
	@Data
	@NoArgsConstructor
	@AllArgsConstructor
	static class Consent {

		private boolean given;

		@Timestamp
		private Instant givenAt;

		@Timestamp
		private Instant withdrawnAt;

		private String recordedBySubject;

		private String recordedByName;

	}

}
