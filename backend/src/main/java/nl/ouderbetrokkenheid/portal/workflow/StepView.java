package nl.ouderbetrokkenheid.portal.workflow;

import java.time.Instant;

/** A step of the history as the author and editors see it (subjects stay inside the portal). */
public record StepView(WorkflowState from, WorkflowState to, String actorName, Instant at, String comment,
		Integer version) {
}
