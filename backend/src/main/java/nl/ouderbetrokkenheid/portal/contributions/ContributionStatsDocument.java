package nl.ouderbetrokkenheid.portal.contributions;

import java.time.Instant;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/**
 * How often a published contribution's page was read: a count only, never who. Kept apart from the contribution so
 * counting never competes with the author's and editors' versioned writes. Id: the contribution's id.
 */
@Data
@Document(indexName = "#{@indexNames.alias('contribution-stats')}", createIndex = false,
		writeTypeHint = WriteTypeHint.FALSE)
class ContributionStatsDocument {

	@Id
	private String id;

	private long views;

	@Timestamp
	private Instant updatedAt;

	private SeqNoPrimaryTerm seqNoPrimaryTerm;

}
