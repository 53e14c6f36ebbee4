package nl.ouderbetrokkenheid.portal.workflow;

import java.util.Locale;

import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.Problems;

/**
 * Where a piece of writing is in the editorial workflow.
 */
public enum WorkflowState {

	/** Being written; only the author sees and edits it. */
	DRAFT,
	/** Waiting for an editor's decision; nobody edits it. */
	SUBMITTED,
	/** Sent back to the author with the editor's comments; the author revises and submits again. */
	CHANGES_REQUESTED,
	/** Refused; stays as it is. */
	REJECTED,
	/** Public, and found by the catalogue's search. */
	PUBLISHED;

	/** A state as a request names it (any case); 400 naming {@code parameter} otherwise. */
	public static WorkflowState parse(String parameter, String value) {
		try {
			return valueOf(value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException(parameter, Problems.Code.UNKNOWN_CODE, "unknown state '" + value + "'");
		}
	}

	/** Whether the author may change the content in this state. */
	public boolean editable() {
		return this == DRAFT || this == CHANGES_REQUESTED;
	}

}
