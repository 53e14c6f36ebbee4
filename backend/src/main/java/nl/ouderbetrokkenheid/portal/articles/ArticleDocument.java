package nl.ouderbetrokkenheid.portal.articles;

import java.util.ArrayList;
import java.util.List;

import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.EqualsAndHashCode;
import lombok.NoArgsConstructor;
import lombok.ToString;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowFields;

import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * An article as stored: the workflow's fields and history ({@link WorkflowFields}) plus the article's own; the
 * mapping lives in {@code elasticsearch/indices/articles}.
 */
@Data
@EqualsAndHashCode(callSuper = true)
@ToString(callSuper = true)
@Document(indexName = "#{@indexNames.alias('articles')}", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
class ArticleDocument extends WorkflowFields {

	private String slug;

	private String authorSlug;

	private String body;

	private String bodyHtml;

	private List<Reference> references = new ArrayList<>();

	private boolean demo;

	/** A source the article refers to. */
	@Data
	@NoArgsConstructor
	@AllArgsConstructor
	static class Reference {

		private String title;

		private String url;

	}

}
