package nl.ouderbetrokkenheid.portal.articles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;
import nl.ouderbetrokkenheid.portal.files.Attachment;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowState;
import nl.ouderbetrokkenheid.portal.workflow.Transition;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/**
 * An article as stored, with its workflow history; the mapping lives in {@code elasticsearch/indices/articles}.
 */
@Data
@Document(indexName = "#{@indexNames.alias('articles')}", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
class ArticleDocument {

	@Id
	private String id;

	private String slug;

	private String authorSubject;

	private String authorSlug;

	private String authorName;

	private String title;

	private String summary;

	private String body;

	private String bodyHtml;

	private List<String> partnerships = new ArrayList<>();

	private List<String> aspects = new ArrayList<>();

	private List<String> sectors = new ArrayList<>();

	private List<Reference> references = new ArrayList<>();

	/** The files the author attached; the files themselves belong to the files feature, as {@code article:<id>}. */
	private List<Attachment> attachments = new ArrayList<>();

	private WorkflowState state;

	/** How many times the article was submitted; version {@code n} is the n-th submission. */
	private int submissions;

	private List<Transition> history = new ArrayList<>();

	/** The slug of the article's entry in the catalogue while it is published. */
	private String catalogueSlug;

	private boolean demo;

	@Timestamp
	private Instant createdAt;

	@Timestamp
	private Instant updatedAt;

	@Timestamp
	private Instant submittedAt;

	@Timestamp
	private Instant publishedAt;

	private SeqNoPrimaryTerm seqNoPrimaryTerm;

	/** A source the article refers to. */
	@Data
	@NoArgsConstructor
	@AllArgsConstructor
	static class Reference {

		private String title;

		private String url;

	}

}
