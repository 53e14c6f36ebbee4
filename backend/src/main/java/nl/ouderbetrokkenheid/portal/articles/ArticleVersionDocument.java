package nl.ouderbetrokkenheid.portal.articles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * The content of an article as it was submitted the n-th time, kept so editors see what changed between
 * submissions. Id {@code <articleId>-<n>}, created once.
 */
@Data
@Document(indexName = "#{@indexNames.alias('article-versions')}", createIndex = false,
		writeTypeHint = WriteTypeHint.FALSE)
class ArticleVersionDocument {

	@Id
	private String id;

	private String articleId;

	private String authorSubject;

	private int number;

	private String title;

	private String summary;

	private String body;

	private List<String> partnerships = new ArrayList<>();

	private List<String> aspects = new ArrayList<>();

	private List<String> sectors = new ArrayList<>();

	private List<ArticleDocument.Reference> references = new ArrayList<>();

	@Timestamp
	private Instant submittedAt;

	static String idOf(String articleId, int number) {
		return articleId + "-" + number;
	}

}
