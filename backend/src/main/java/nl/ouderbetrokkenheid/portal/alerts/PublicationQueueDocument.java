package nl.ouderbetrokkenheid.portal.alerts;

import java.time.Instant;
import java.util.Map;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * A newly published item or event waiting to be matched against the saved searches: stored with the publication, so
 * a replica that dies before the matching loses nothing, and removed once its matches are stored.
 */
@Data
@Document(indexName = "#{@indexNames.alias('publication-queue')}", createIndex = false,
		writeTypeHint = WriteTypeHint.FALSE)
class PublicationQueueDocument {

	@Id
	private String id;

	private NewPublications.Kind kind;

	private String ref;

	private String path;

	private String title;

	@Timestamp
	private Instant queuedAt;

	/** The document the percolator matches: the fields of the {@code saved-searches} mapping the queries read. */
	private Map<String, Object> percolated;

}
