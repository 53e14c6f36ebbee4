package nl.ouderbetrokkenheid.portal.alerts;

import java.time.Instant;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * A newly published item or event that matched a saved search, waiting for its digest ({@code sentAt} empty) or sent.
 * Its id is derived from the saved search and the publication, so matching the same publication again (a retried
 * round, a second replica) finds the match already there and nobody hears about it twice.
 */
@Data
@Document(indexName = "#{@indexNames.alias('saved-search-matches')}", createIndex = false,
		writeTypeHint = WriteTypeHint.FALSE)
class MatchDocument {

	@Id
	private String id;

	private String savedSearch;

	private String owner;

	private NewPublications.Kind kind;

	private String ref;

	/** The page's path in the app, e.g. {@code /items/ouderavond}. */
	private String path;

	private String title;

	@Timestamp
	private Instant matchedAt;

	@Timestamp
	private Instant sentAt;

}
