package nl.ouderbetrokkenheid.portal.alerts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.search.SavedSearchQueries;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/**
 * A member's saved search: what they searched for, how often they want to hear about it, and the query the
 * percolator runs against each newly published document (built by the search page's own query builder).
 */
@Data
@Document(indexName = "#{@indexNames.alias('saved-searches')}", createIndex = false,
		writeTypeHint = WriteTypeHint.FALSE)
class SavedSearchDocument {

	@Id
	private String id;

	private String owner;

	private Criteria criteria = new Criteria();

	private Frequency frequency;

	@Timestamp
	private Instant createdAt;

	/** When the next digest of this search is due; none for {@link Frequency#NONE}. */
	@Timestamp
	private Instant nextDigestAt;

	@Timestamp
	private Instant lastDigestAt;

	/** The stored query (JSON as a map) of the {@code percolator} field. */
	private Map<String, Object> query;

	private SeqNoPrimaryTerm seqNoPrimaryTerm;

	@Data
	static class Criteria {

		private String q;

		private List<String> type = new ArrayList<>();

		private List<String> partnership = new ArrayList<>();

		private List<String> aspect = new ArrayList<>();

		private List<String> sector = new ArrayList<>();

		private List<String> region = new ArrayList<>();

		static Criteria of(SavedSearchQueries.Filters filters) {
			Criteria criteria = new Criteria();
			criteria.setQ(filters.q());
			criteria.setType(new ArrayList<>(filters.type()));
			criteria.setPartnership(new ArrayList<>(filters.partnership()));
			criteria.setAspect(new ArrayList<>(filters.aspect()));
			criteria.setSector(new ArrayList<>(filters.sector()));
			criteria.setRegion(new ArrayList<>(filters.region()));
			return criteria;
		}

		SavedSearchQueries.Filters filters() {
			return new SavedSearchQueries.Filters(this.q, this.type, this.partnership, this.aspect, this.sector,
					this.region);
		}

	}

}
