package nl.ouderbetrokkenheid.portal.contributions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.files.Attachment;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;
import nl.ouderbetrokkenheid.portal.workflow.Transition;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowState;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/** A member's contribution as stored, with its workflow history; mapping in {@code elasticsearch/indices/contributions}. */
@Data
@Document(indexName = "#{@indexNames.alias('contributions')}", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
class ContributionDocument {

	@Id
	private String id;

	private String authorSubject;

	private String authorName;

	/** Whether the contributor agreed to be named, with their organisation, on the published item. */
	private boolean showName;

	/** {@code PRACTICE_EXAMPLE} or {@code TOOL}. */
	private String type;

	private String title;

	private String summary;

	private String context;

	private String approach;

	private String result;

	private String tips;

	private List<String> partnerships = new ArrayList<>();

	private List<String> aspects = new ArrayList<>();

	private List<String> sectors = new ArrayList<>();

	private String region;

	private String organisation;

	/** The files the contributor attached; the files belong to the files feature, as {@code contribution:<id>}. */
	private List<Attachment> attachments = new ArrayList<>();

	private WorkflowState state;

	private int submissions;

	private List<Transition> history = new ArrayList<>();

	/** The catalogue item's id and slug while published. */
	private String itemId;

	private String catalogueSlug;

	@Timestamp
	private Instant createdAt;

	@Timestamp
	private Instant updatedAt;

	@Timestamp
	private Instant submittedAt;

	@Timestamp
	private Instant publishedAt;

	private SeqNoPrimaryTerm seqNoPrimaryTerm;

}
