package nl.ouderbetrokkenheid.portal.collections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/** A member's named collection of items, in the order they were added; {@code shareToken} set while shared. */
@Data
@Document(indexName = "#{@indexNames.alias('collections')}", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
class CollectionDocument {

	@Id
	private String id;

	private String owner;

	private String name;

	private List<Entry> items = new ArrayList<>();

	private String shareToken;

	@Timestamp
	private Instant createdAt;

	@Timestamp
	private Instant updatedAt;

	private SeqNoPrimaryTerm seqNoPrimaryTerm;

	@Data
	static class Entry {

		private String item;

		@Timestamp
		private Instant addedAt;

	}

}
