package nl.ouderbetrokkenheid.portal.alerts;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import nl.ouderbetrokkenheid.portal.search.SavedSearchQueries;

/** The saved-search API's requests and responses (docs/follow.md). */
final class AlertsApi {

	private AlertsApi() {
	}

	/**
	 * A search to keep: the search page's text and filters (taxonomy codes, as {@code /api/search} takes them) and how
	 * often to hear about new matches ({@code DAILY}, {@code WEEKLY} or {@code NONE}).
	 */
	record SavedSearchRequest(String q, List<String> type, List<String> partnership, List<String> aspect,
			List<String> sector, List<String> region, @NotNull String frequency) {

		SavedSearchQueries.Filters filters() {
			return new SavedSearchQueries.Filters(this.q, this.type, this.partnership, this.aspect, this.sector,
					this.region);
		}

	}

	record FrequencyRequest(@NotNull String frequency) {
	}

	/** A saved search as its owner sees it; {@code label} is a Dutch description for mails and lists. */
	record SavedSearchView(String id, String q, List<String> type, List<String> partnership, List<String> aspect,
			List<String> sector, List<String> region, String frequency, String label, Instant createdAt,
			Instant nextDigestAt) {
	}

	record SavedSearchList(List<SavedSearchView> searches) {
	}

	/** What a one-click unsubscribe did: which digest it stopped, for how many saved searches. */
	record Unsubscribed(String frequency, int searches) {
	}

	/** What a digest round on demand did: publications matched, digest mails queued. */
	record DigestRound(long matched, long mails) {
	}

}
