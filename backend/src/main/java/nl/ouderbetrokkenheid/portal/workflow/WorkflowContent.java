package nl.ouderbetrokkenheid.portal.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.annotation.Id;

/**
 * What a document in the workflow and each kept submission of it have alike: whose it is, the content every kind of
 * writing has, and when it was (last) submitted. {@link WorkflowFields} adds the workflow's own fields,
 * {@link WorkflowVersion} the submission's number; the stored JSON stays flat.
 */
@Data
public abstract class WorkflowContent {

	@Id
	private String id;

	private String authorSubject;

	private String title;

	private String summary;

	private List<String> partnerships = new ArrayList<>();

	private List<String> aspects = new ArrayList<>();

	private List<String> sectors = new ArrayList<>();

	@Timestamp
	private Instant submittedAt;

}
