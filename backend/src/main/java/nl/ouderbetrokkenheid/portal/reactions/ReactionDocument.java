package nl.ouderbetrokkenheid.portal.reactions;

import java.time.Instant;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * One person's reaction of one kind to one item. The id is derived from all three ({@link #idOf}), so reacting twice
 * writes the same document: one per person by construction.
 */
@Data
@Document(indexName = "#{@indexNames.alias('reactions')}", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
class ReactionDocument {

	@Id
	private String id;

	private String item;

	private String subject;

	private ReactionKind kind;

	@Timestamp
	private Instant createdAt;

	static String idOf(String item, String subject, ReactionKind kind) {
		return nl.ouderbetrokkenheid.portal.system.Hashes.sha256Hex(item + "\n" + subject + "\n" + kind.name(), 16);
	}

}
