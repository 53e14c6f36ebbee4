package nl.ouderbetrokkenheid.portal.workflow;

import java.time.Instant;

import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

/**
 * One step in the workflow as a document keeps it in its history: who moved it from which state to which, when, and
 * why. The mapping is part of each owning document's index ({@code history} there).
 */
@Data
@NoArgsConstructor
@AllArgsConstructor
public class Transition {

	private WorkflowState from;

	private WorkflowState to;

	private String actorSubject;

	private String actorName;

	@Timestamp
	private Instant at;

	private String comment;

	/** The submitted version this step is about, if any. */
	private Integer version;

}
