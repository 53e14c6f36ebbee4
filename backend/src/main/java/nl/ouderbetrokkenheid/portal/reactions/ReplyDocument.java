package nl.ouderbetrokkenheid.portal.reactions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/** A question or experience under an item, as Markdown, with the reports against it. */
@Data
@Document(indexName = "#{@indexNames.alias('replies')}", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
class ReplyDocument {

	@Id
	private String id;

	private String item;

	private String authorSubject;

	private String authorName;

	private String body;

	private ReplyState state;

	/** Reports not yet reviewed; an editor's review clears them. */
	private List<Report> reports = new ArrayList<>();

	@Timestamp
	private Instant createdAt;

	@Timestamp
	private Instant reviewedAt;

	private SeqNoPrimaryTerm seqNoPrimaryTerm;

	@Data
	@NoArgsConstructor
	@AllArgsConstructor
	static class Report {

		private String subject;

		private String reason;

		@Timestamp
		private Instant at;

	}

}
