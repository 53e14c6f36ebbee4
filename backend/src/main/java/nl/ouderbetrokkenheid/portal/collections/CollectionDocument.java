package nl.ouderbetrokkenheid.portal.collections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.EditedDocument;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/** A member's named collection of items, in the order they were added; {@code shareToken} set while shared. */
@Data
@Document(indexName = "#{@indexNames.alias('collections')}", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
class CollectionDocument extends EditedDocument {

	private String owner;

	private String name;

	private List<Entry> items = new ArrayList<>();

	private String shareToken;

	@Data
	static class Entry {

		private String item;

		@Timestamp
		private Instant addedAt;

	}

}
