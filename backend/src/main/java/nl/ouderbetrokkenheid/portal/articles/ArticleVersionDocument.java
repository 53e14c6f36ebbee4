package nl.ouderbetrokkenheid.portal.articles;

import java.util.ArrayList;
import java.util.List;

import lombok.Data;
import lombok.EqualsAndHashCode;
import lombok.ToString;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowVersion;

import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * The content of an article as it was submitted the n-th time, kept so editors see what changed between
 * submissions. Id {@code <articleId>-<n>}, created once.
 */
@Data
@EqualsAndHashCode(callSuper = true)
@ToString(callSuper = true)
@Document(indexName = "#{@indexNames.alias('article-versions')}", createIndex = false,
		writeTypeHint = WriteTypeHint.FALSE)
class ArticleVersionDocument extends WorkflowVersion {

	private String articleId;

	private String body;

	private List<ArticleDocument.Reference> references = new ArrayList<>();

}
