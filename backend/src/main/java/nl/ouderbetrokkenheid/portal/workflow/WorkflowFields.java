package nl.ouderbetrokkenheid.portal.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.files.Attachment;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/**
 * The fields every document in the workflow keeps, whatever the writing: besides its {@link WorkflowContent} (who
 * wrote it, what a catalogue item shows of it), the author's name, the files, where it is in the workflow and how it
 * got there. A feature's {@code @Document} class extends this one with its own fields; the stored JSON stays flat, so
 * each index mapping names these fields itself.
 */
@Data
public abstract class WorkflowFields extends WorkflowContent {

	private String authorName;

	/** The files the author attached; the files belong to the files feature, as {@code <kind>:<id>}. */
	private List<Attachment> attachments = new ArrayList<>();

	private WorkflowState state;

	/** How many times it was submitted; version {@code n} is the n-th submission. */
	private int submissions;

	private List<Transition> history = new ArrayList<>();

	/** The slug of its entry in the catalogue while it is published. */
	private String catalogueSlug;

	@Timestamp
	private Instant createdAt;

	@Timestamp
	private Instant updatedAt;

	@Timestamp
	private Instant publishedAt;

	private SeqNoPrimaryTerm seqNoPrimaryTerm;

}
