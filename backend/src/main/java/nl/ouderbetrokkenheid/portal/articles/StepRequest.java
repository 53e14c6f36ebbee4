package nl.ouderbetrokkenheid.portal.articles;

import jakarta.validation.constraints.Size;

/** An editor's or author's note with a workflow step. */
record StepRequest(@Size(max = 4000) String comment) {
}
