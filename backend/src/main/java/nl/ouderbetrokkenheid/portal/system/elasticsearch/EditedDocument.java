package nl.ouderbetrokkenheid.portal.system.elasticsearch;

import java.time.Instant;

import lombok.Data;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/**
 * What a document that people edit carries in every feature: its id, when it was created and last changed, and the
 * version it was read at. A feature's {@code @Document} class extends it, and its index definition maps
 * {@code createdAt} and {@code updatedAt} as dates. The version is set when the document is read, so every save is a
 * compare-and-set against the version read (see "Versions" in docs/conventions.md).
 */
@Data
public abstract class EditedDocument {

	@Id
	private String id;

	@Timestamp
	private Instant createdAt;

	@Timestamp
	private Instant updatedAt;

	private SeqNoPrimaryTerm seqNoPrimaryTerm;

}
