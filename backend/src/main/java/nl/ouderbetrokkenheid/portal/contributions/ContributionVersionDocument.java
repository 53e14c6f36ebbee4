package nl.ouderbetrokkenheid.portal.contributions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/** A contribution as it was submitted the n-th time, for the editors' diff. Id {@code <contributionId>-<n>}. */
@Data
@Document(indexName = "#{@indexNames.alias('contribution-versions')}", createIndex = false,
		writeTypeHint = WriteTypeHint.FALSE)
class ContributionVersionDocument {

	@Id
	private String id;

	private String contributionId;

	private String authorSubject;

	private int number;

	private String type;

	private String title;

	private String summary;

	private String context;

	private String approach;

	private String result;

	private String tips;

	private List<String> partnerships = new ArrayList<>();

	private List<String> aspects = new ArrayList<>();

	private List<String> sectors = new ArrayList<>();

	private String region;

	private String organisation;

	@Timestamp
	private Instant submittedAt;

	static String idOf(String contributionId, int number) {
		return contributionId + "-" + number;
	}

}
