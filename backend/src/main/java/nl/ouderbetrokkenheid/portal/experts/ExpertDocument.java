package nl.ouderbetrokkenheid.portal.experts;

import java.time.Instant;
import java.util.List;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * An expert's public profile, keyed by the provider's subject; the mapping lives in
 * {@code elasticsearch/indices/experts}.
 */
@Data
@Document(indexName = "#{@indexNames.alias('experts')}", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
class ExpertDocument {

	@Id
	private String subject;

	private String slug;

	private String name;

	private String photoUrl;

	private String bio;

	private List<String> partnerships = List.of();

	private List<String> aspects = List.of();

	private List<String> sectors = List.of();

	private String region;

	private String organisation;

	/** The expert's choice to appear in the directory; nobody is listed without choosing it. */
	private boolean listed;

	/**
	 * Whether the person holds the EXPERT role now: set when they act as an expert, cleared when they log in without
	 * the role or an administrator takes it away. Only active, listed experts are in the directory.
	 */
	private boolean active;

	private boolean demo;

	@Timestamp
	private Instant createdAt;

	@Timestamp
	private Instant updatedAt;

}
