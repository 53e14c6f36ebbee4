package nl.ouderbetrokkenheid.portal.workflow;

import jakarta.validation.constraints.Size;

/** An editor's or author's note with a workflow step. */
public record StepRequest(@Size(max = 4000) String comment) {
}
