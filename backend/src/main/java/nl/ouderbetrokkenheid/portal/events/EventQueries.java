package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.search.TextQuery;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Finding events: the public list and calendar feed (upcoming published events), and an organiser's own events.
 */
@Service
@RequiredArgsConstructor
class EventQueries {

	/** The public filters, shared by the list and the calendar feed; an empty region is no region. */
	record Filter(String q, String region, EventDocument.Kind kind, String partnership, String sector, LocalDate from,
			LocalDate to) {

		Filter {
			region = (region == null || region.isBlank()) ? null : region;
		}

	}

	/**
	 * The events' text fields, read the way the catalogue reads its own ({@link TextQuery}): "huis bezoek" finds a
	 * meeting about huisbezoeken. Upcoming events are few, so one forgiving query (typos allowed) is cheapest.
	 */
	private static final TextQuery TEXT = new TextQuery(
			List.of("title^3", "description", "venue.name", "venue.city", "organiserName"),
			List.of("title.plain^2", "description.plain"), List.of("title^3", "description"));

	private final EventRepository events;

	private final ReactiveElasticsearchOperations operations;

	private final EventRules rules;

	private final EventViews views;

	private final Clock clock;

	Mono<EventApi.EventPage> search(Filter filter, int page, int size, PortalUser caller) {
		NativeQuery query = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> publicFilter(b, filter)))
			.withSort(Sort.by("startsAt").ascending())
			.withPageable(PageRequest.of(page, size))
			.withTrackTotalHits(true)
			.build();
		return Mono.fromRunnable(() -> this.rules.requireKnownRegion(filter.region()))
			.then(Mono.defer(() -> this.operations.searchForPage(query, EventDocument.class)))
			.flatMap(result -> {
				List<EventDocument> found = result.getSearchHits().stream().map(SearchHit::getContent).toList();
				return this.views.views(found, caller)
					.map(views -> new EventApi.EventPage(result.getTotalElements(), views));
			});
	}

	/** Every upcoming published event matching the filter, for calendar feeds. */
	Flux<EventDocument> feed(Filter filter) {
		NativeQuery query = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> publicFilter(b, filter)))
			.withSort(Sort.by("startsAt").ascending())
			.withMaxResults(500)
			.build();
		return Mono.fromRunnable(() -> this.rules.requireKnownRegion(filter.region()))
			.thenMany(Flux.defer(() -> this.operations.search(query, EventDocument.class)))
			.map(SearchHit::getContent);
	}

	/** The caller's own events, drafts included (an editor's: everybody's), newest first. */
	Mono<List<EventApi.EventView>> organised(PortalUser caller) {
		PageRequest page = PageRequest.of(0, 200, Sort.by("startsAt").descending());
		Flux<EventDocument> found = caller.isEditor() ? this.events.findAllBy(page)
				: this.events.findByOrganiser(caller.subject(), page);
		return found.collectList().flatMap(list -> this.views.views(list, caller));
	}

	private BoolQuery.Builder publicFilter(BoolQuery.Builder bool, Filter filter) {
		Instant now = this.clock.instant();
		bool.filter(f -> f.term(t -> t.field("status").value(EventDocument.Status.PUBLISHED.name())));
		bool.filter(f -> f.range(r -> r.date(d -> d.field("endsAt").gte(now.toString()))));
		if (filter.q() != null && !filter.q().isBlank()) {
			bool.must(TEXT.query(filter.q(), TextQuery.Strictness.FORGIVING));
		}
		if (filter.region() != null) {
			bool.filter(f -> f.term(t -> t.field("province").value(filter.region())));
		}
		if (filter.kind() != null) {
			bool.filter(f -> f.term(t -> t.field("kind").value(filter.kind().name())));
		}
		if (filter.partnership() != null) {
			bool.filter(f -> f.term(t -> t.field("partnerships").value(filter.partnership())));
		}
		if (filter.sector() != null) {
			bool.filter(f -> f.term(t -> t.field("sectors").value(filter.sector())));
		}
		if (filter.from() != null) {
			String from = filter.from().atStartOfDay(EventCalendar.AMSTERDAM).toInstant().toString();
			bool.filter(f -> f.range(r -> r.date(d -> d.field("startsAt").gte(from))));
		}
		if (filter.to() != null) {
			String to = filter.to().plusDays(1).atStartOfDay(EventCalendar.AMSTERDAM).toInstant().toString();
			bool.filter(f -> f.range(r -> r.date(d -> d.field("startsAt").lt(to))));
		}
		return bool;
	}

}
