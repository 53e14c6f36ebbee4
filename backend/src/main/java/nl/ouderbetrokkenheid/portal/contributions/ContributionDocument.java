package nl.ouderbetrokkenheid.portal.contributions;

import lombok.Data;
import lombok.EqualsAndHashCode;
import lombok.ToString;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowFields;

import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * A member's contribution as stored: the workflow's fields and history ({@link WorkflowFields}) plus the sections of
 * a practice example or tool; mapping in {@code elasticsearch/indices/contributions}.
 */
@Data
@EqualsAndHashCode(callSuper = true)
@ToString(callSuper = true)
@Document(indexName = "#{@indexNames.alias('contributions')}", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
class ContributionDocument extends WorkflowFields implements Sections {

	/** Whether the contributor agreed to be named, with their organisation, on the published item. */
	private boolean showName;

	/** {@code PRACTICE_EXAMPLE} or {@code TOOL}. */
	private String type;

	private String context;

	private String approach;

	private String result;

	private String tips;

	private String region;

	private String organisation;

	/** The catalogue item's id while published. */
	private String itemId;

}
