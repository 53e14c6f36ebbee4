package nl.ouderbetrokkenheid.portal.catalog;

import java.time.LocalDate;
import java.util.List;

import lombok.AllArgsConstructor;
import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.EditedDocument;
import lombok.NoArgsConstructor;
import nl.ouderbetrokkenheid.portal.files.Attachment;

import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;
import org.springframework.data.elasticsearch.core.suggest.Completion;

/**
 * An item as stored; the mapping lives in {@code elasticsearch/indices/items}.
 */
@Data
@Document(indexName = "#{@indexNames.alias('items')}", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
class ItemDocument extends EditedDocument {

	private String externalId;

	private String slug;

	private String type;

	private String title;

	private String summary;

	private String body;

	private String bodyHtml;

	private String bodyText;

	/** The files attached to the item (or, for an article's publication, to the article). */
	private List<Attachment> attachments;

	/** Whose files {@link #attachments} are, in the files feature ({@code item:<id>} or {@code article:<id>}). */
	private String fileOwner;

	/** The text of the attached files, searched with a lower weight than the item's own words. */
	private String attachmentText;

	private List<String> partnerships;

	private List<String> aspects;

	private List<String> sectors;

	private String region;

	private String organisation;

	private String author;

	private String authorSubject;

	private List<Link> links;

	private String licence;

	private String language;

	@Field(type = FieldType.Date, format = DateFormat.date)
	private LocalDate publishedAt;

	private boolean published;

	private boolean demo;

	/** A fingerprint of the editable content, so a repeated import can tell "unchanged" from "updated". */
	private String contentHash;

	/** Autocomplete inputs; only published items have them, so suggestions never reveal unpublished work. */
	private Completion suggest;

	/** A link to further reading. */
	@Data
	@NoArgsConstructor
	@AllArgsConstructor
	static class Link {

		private String title;

		private String url;

	}

}
