package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** Upcoming published events as cards for other features' pages (an ISOP school's own events). */
@Component
@RequiredArgsConstructor
public class EventCards {

	/** An event in a list: enough to show it and link to its page ({@code /bijeenkomsten/<id>}). */
	public record Card(String id, String title, Instant startsAt, String city) {
	}

	private final ReactiveElasticsearchOperations operations;

	private final Clock clock;

	/**
	 * Upcoming published events with one of the ids, or held at a venue of the given name (a phrase); soonest first,
	 * at most {@code max}.
	 */
	public Mono<List<Card>> upcoming(String venue, Collection<String> ids, int max) {
		if (ids.isEmpty() && (venue == null || venue.isBlank())) {
			return Mono.just(List.of());
		}
		List<FieldValue> wanted = ids.stream().map(FieldValue::of).toList();
		Instant now = this.clock.instant();
		NativeQuery query = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> {
				b.filter(f -> f.term(t -> t.field("status").value("PUBLISHED")))
					.filter(f -> f.range(r -> r.date(d -> d.field("startsAt").gt(now.toString()))))
					.minimumShouldMatch("1");
				if (!wanted.isEmpty()) {
					b.should(s -> s.ids(i -> i.values(ids.stream().toList())));
				}
				if (venue != null && !venue.isBlank()) {
					b.should(s -> s.matchPhrase(p -> p.field("venue.name").query(venue)));
				}
				return b;
			}))
			.withSort(Sort.by("startsAt"))
			.withPageable(PageRequest.of(0, max))
			.build();
		return Mono.defer(() -> this.operations.search(query, EventDocument.class)
			.map(SearchHit::getContent)
			.map(event -> new Card(event.getId(), event.getTitle(), event.getStartsAt(),
					(event.getVenue() != null) ? event.getVenue().getCity() : null))
			.collectList());
	}

}
