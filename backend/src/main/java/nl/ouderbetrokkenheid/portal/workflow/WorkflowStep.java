package nl.ouderbetrokkenheid.portal.workflow;

import java.util.Set;

/** A workflow step an editor or the author asks for: from which states, to which, and whether it needs a comment. */
public enum WorkflowStep {

	SUBMIT(Set.of(WorkflowState.DRAFT, WorkflowState.CHANGES_REQUESTED), WorkflowState.SUBMITTED, false, "submitted"),
	REQUEST_CHANGES(Set.of(WorkflowState.SUBMITTED), WorkflowState.CHANGES_REQUESTED, true, "sent back for changes"),
	REJECT(Set.of(WorkflowState.SUBMITTED), WorkflowState.REJECTED, true, "rejected"),
	PUBLISH(Set.of(WorkflowState.SUBMITTED), WorkflowState.PUBLISHED, false, "published"),
	UNPUBLISH(Set.of(WorkflowState.PUBLISHED), WorkflowState.CHANGES_REQUESTED, false, "unpublished");

	private final Set<WorkflowState> from;

	private final WorkflowState to;

	private final boolean needsComment;

	private final String done;

	WorkflowStep(Set<WorkflowState> from, WorkflowState to, boolean needsComment, String done) {
		this.from = from;
		this.to = to;
		this.needsComment = needsComment;
		this.done = done;
	}

	public Set<WorkflowState> from() {
		return this.from;
	}

	public WorkflowState to() {
		return this.to;
	}

	/** Rejecting and sending back must tell the author why. */
	public boolean needsComment() {
		return this.needsComment;
	}

	/** The step as a past participle, for problem details ("cannot be published"). */
	public String done() {
		return this.done;
	}

}
