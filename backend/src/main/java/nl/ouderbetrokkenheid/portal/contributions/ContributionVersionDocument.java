package nl.ouderbetrokkenheid.portal.contributions;

import lombok.Data;
import lombok.EqualsAndHashCode;
import lombok.ToString;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowVersion;

import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/** A contribution as it was submitted the n-th time, for the editors' diff. Id {@code <contributionId>-<n>}. */
@Data
@EqualsAndHashCode(callSuper = true)
@ToString(callSuper = true)
@Document(indexName = "#{@indexNames.alias('contribution-versions')}", createIndex = false,
		writeTypeHint = WriteTypeHint.FALSE)
class ContributionVersionDocument extends WorkflowVersion implements Sections {

	private String contributionId;

	private String type;

	private String context;

	private String approach;

	private String result;

	private String tips;

	private String region;

	private String organisation;

}
