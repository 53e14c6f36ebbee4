package nl.ouderbetrokkenheid.portal.alerts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PersonalDataHolder;
import nl.ouderbetrokkenheid.portal.system.Visible;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * A member's saved searches and what they matched are personal data: both are in their export and deleted with
 * their account.
 */
@Component
@RequiredArgsConstructor
class AlertsPersonalData implements PersonalDataHolder {

	private final SavedSearchRepository searches;

	private final MatchRepository matches;

	/** The person's list is a search: what erasure removes is gone from it at once. */
	@Visible
	private final ReactiveElasticsearchOperations visible;

	@Override
	public String section() {
		return "savedSearches";
	}

	@Override
	public Mono<Object> export(String subject) {
		Mono<Map<String, List<Map<String, Object>>>> matched = this.matches.findByOwner(subject, Pageable.unpaged())
			.collectMultimap(MatchDocument::getSavedSearch, match -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("title", match.getTitle());
				entry.put("path", match.getPath());
				entry.put("matchedAt", match.getMatchedAt());
				entry.put("sentAt", match.getSentAt());
				return entry;
			})
			.map(found -> {
				Map<String, List<Map<String, Object>>> lists = new LinkedHashMap<>();
				found.forEach((search, entries) -> lists.put(search, List.copyOf(entries)));
				return lists;
			});
		return matched.flatMap(bySearch -> this.searches.findByOwner(subject, Pageable.unpaged()).map(search -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", search.getId());
			entry.put("search", search.getCriteria());
			entry.put("frequency", search.getFrequency());
			entry.put("createdAt", search.getCreatedAt());
			entry.put("matches", bySearch.getOrDefault(search.getId(), List.of()));
			return (Object) entry;
		}).collectList()).map(list -> (Object) list);
	}

	@Override
	public Mono<Void> erase(String subject) {
		// By id, one at a time: a person has at most a few dozen searches, and deletes by id behave alike everywhere.
		Mono<Void> matched = this.matches.findByOwner(subject, Pageable.unpaged())
			.concatMap(match -> this.matches.deleteById(match.getId()))
			.then();
		return matched.then(this.searches.findByOwner(subject, Pageable.unpaged())
			.concatMap(search -> this.visible.delete(search.getId(), SavedSearchDocument.class))
			.then());
	}

}
