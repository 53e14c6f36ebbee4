package nl.ouderbetrokkenheid.portal.alerts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.search.SavedSearchQueries;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.system.Visible;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * A member's saved searches: kept with the query the percolator runs (built by the search page's query builder), seen
 * and changed by their owner alone, and switched off by a digest's unsubscribe link.
 */
@Service
@RequiredArgsConstructor
class SavedSearchService {

	static final int MAX_PER_MEMBER = 50;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SavedSearchRepository searches;

	/** The member's list is a search: what they saved or changed is in it at once. */
	@Visible
	private final ReactiveElasticsearchOperations visible;

	private final SavedSearchQueries queries;

	private final AlertsRules rules;

	private final UnsubscribeTokens tokens;

	private final ReactiveElasticsearchClient client;

	private final Clock clock;

	Mono<AlertsApi.SavedSearchList> mine(PortalUser caller) {
		return this.searches
			.findByOwner(caller.subject(), PageRequest.of(0, MAX_PER_MEMBER, Sort.by(Sort.Direction.DESC, "createdAt")))
			.map(this::view)
			.collectList()
			.map(AlertsApi.SavedSearchList::new);
	}

	Mono<AlertsApi.SavedSearchView> save(AlertsApi.SavedSearchRequest request, PortalUser caller) {
		return Mono.fromRunnable(() -> this.rules.requireValid(request))
			.then(this.searches.findByOwner(caller.subject(), PageRequest.of(0, MAX_PER_MEMBER)).count())
			.flatMap(count -> {
				if (count >= MAX_PER_MEMBER) {
					return Mono.error(new PortalException(HttpStatus.CONFLICT, "too-many-saved-searches",
							"Too many saved searches", "Delete a saved search before saving another one."));
				}
				SavedSearchDocument search = newSearch(caller.subject(), request.filters(),
						Frequency.parse(request.frequency()));
				return this.visible.save(search);
			})
			.map(this::view);
	}

	/** A new saved search with its stored query, as the percolator will run it. */
	SavedSearchDocument newSearch(String owner, SavedSearchQueries.Filters filters, Frequency frequency) {
		SavedSearchDocument search = new SavedSearchDocument();
		search.setId(UUID.randomUUID().toString());
		search.setOwner(owner);
		search.setCriteria(SavedSearchDocument.Criteria.of(filters));
		search.setCreatedAt(this.clock.instant());
		frequency(search, frequency);
		search.setQuery(stored(this.queries.query(filters)));
		return search;
	}

	Mono<AlertsApi.SavedSearchView> change(String id, AlertsApi.FrequencyRequest request, PortalUser caller) {
		return Mono.fromRunnable(() -> this.rules.requireValid(request))
			.then(Mono.defer(() -> own(id, caller)))
			.flatMap(search -> {
				frequency(search, Frequency.parse(request.frequency()));
				return this.visible.save(search);
			})
			.retryWhen(Retry.max(3).filter(Conflicts::isConflict))
			.map(this::view);
	}

	Mono<Void> delete(String id, PortalUser caller) {
		return own(id, caller).flatMap(this.visible::delete).then();
	}

	/** The one-click unsubscribe of a digest: every saved search of that person and frequency stops mailing. */
	Mono<AlertsApi.Unsubscribed> unsubscribe(String token) {
		UnsubscribeTokens.Subscription subscription = this.tokens.read(token).orElse(null);
		if (subscription == null) {
			return Mono.error(new InvalidRequestException("token", Problems.Code.INVALID_VALUE,
					"is not an unsubscribe token this portal gave out"));
		}
		// The list is a search; each search is read again by id (realtime), as a digest may have just changed it.
		return this.searches.findByOwner(subscription.owner(), PageRequest.of(0, MAX_PER_MEMBER))
			.map(SavedSearchDocument::getId)
			.concatMap(id -> Mono.defer(() -> this.searches.findById(id))
				.filter(search -> search.getFrequency() == subscription.frequency())
				.flatMap(search -> {
					frequency(search, Frequency.NONE);
					return this.visible.save(search);
				})
				.retryWhen(Retry.max(3).filter(Conflicts::isConflict)))
			.count()
			.map(count -> new AlertsApi.Unsubscribed(subscription.frequency().name(), count.intValue()));
	}

	private void frequency(SavedSearchDocument search, Frequency frequency) {
		search.setFrequency(frequency);
		search.setNextDigestAt(frequency.nextDigestAfter(this.clock.instant()));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> stored(Query query) {
		return JSON.readValue(JsonpUtils.toJsonString(query, this.client._jsonpMapper()), Map.class);
	}

	private Mono<SavedSearchDocument> own(String id, PortalUser caller) {
		// Someone else's saved search is as absent as one that never existed.
		return this.searches.findById(id)
			.filter(search -> search.getOwner().equals(caller.subject()))
			.switchIfEmpty(Mono.error(() -> new PortalException(HttpStatus.NOT_FOUND, "saved-search-not-found",
					"Saved search not found", "You have no saved search with this id.")));
	}

	private AlertsApi.SavedSearchView view(SavedSearchDocument search) {
		SavedSearchDocument.Criteria criteria = search.getCriteria();
		return new AlertsApi.SavedSearchView(search.getId(), criteria.getQ(), List.copyOf(criteria.getType()),
				List.copyOf(criteria.getPartnership()), List.copyOf(criteria.getAspect()),
				List.copyOf(criteria.getSector()), List.copyOf(criteria.getRegion()), search.getFrequency().name(),
				this.queries.describe(criteria.filters()), search.getCreatedAt(), search.getNextDigestAt());
	}

}
