package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import nl.ouderbetrokkenheid.portal.system.pages.AtomFeed;
import nl.ouderbetrokkenheid.portal.system.pages.PageHead;

import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** Upcoming published events as an Atom feed, the newest announced first. */
@RestController
@RequiredArgsConstructor
class EventFeedController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.of("nl"))
		.withZone(ZoneId.of("Europe/Amsterdam"));

	private final ReactiveElasticsearchOperations operations;

	private final AtomFeed feed;

	private final Clock clock;

	@GetMapping("/feeds/events.atom")
	Mono<ResponseEntity<String>> events() {
		String now = this.clock.instant().toString();
		NativeQuery query = NativeQuery.builder()
			.withQuery(Query.of(q -> q.bool(b -> b
				.filter(f -> f.term(t -> t.field("status").value(EventDocument.Status.PUBLISHED.name())))
				.filter(f -> f.range(r -> r.date(d -> d.field("startsAt").gte(now)))))))
			.withSort(Sort.by(Sort.Order.desc("createdAt")))
			.withMaxResults(AtomFeed.SIZE)
			.build();
		return this.operations.search(query, EventDocument.class)
			.map(SearchHit::getContent)
			.map(event -> new AtomFeed.Entry("/bijeenkomsten/" + event.getId(), event.getTitle(),
					WHEN.format(event.getStartsAt()) + ". " + PageHead.summary(event.getDescription()),
					(event.getUpdatedAt() != null) ? event.getUpdatedAt() : event.getCreatedAt(),
					event.getOrganiserName()))
			.collectList()
			.map(entries -> this.feed.write("/feeds/events.atom", "Bijeenkomsten", entries));
	}

}
