package nl.ouderbetrokkenheid.portal.files;

import java.time.Instant;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * An attached file as stored: what it is and whose it is; the bytes are in the {@link BlobStore} under the same id.
 * The mapping lives in {@code elasticsearch/indices/files}.
 */
@Data
@Document(indexName = "#{@indexNames.alias('files')}", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
class FileDocument {

	@Id
	private String id;

	/** What the file belongs to, as its feature names it ({@code item:<id>}, {@code article:<id>}). */
	private String owner;

	/** The name the file was uploaded with, made safe to show and to offer as a download name. */
	private String name;

	private String contentType;

	private long size;

	private Integer pages;

	/** The extracted text (bounded), kept so the owner's search text can be put together again. */
	private String text;

	private boolean truncated;

	/** Who uploaded it, for their personal data export; cleared when they delete their account. */
	private String uploaderSubject;

	private boolean demo;

	@Timestamp
	private Instant createdAt;

}
