package nl.ouderbetrokkenheid.portal.isop;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import nl.ouderbetrokkenheid.portal.catalog.ItemCards;
import nl.ouderbetrokkenheid.portal.events.EventCards;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexNames;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The public register: schools whose label is in force by the clock. An expired label leaves the register by itself,
 * because every query filters on the label's validity at this moment; no job has to take it out.
 */
@Service
@AllArgsConstructor(access = AccessLevel.PRIVATE)
class IsopRegister {

	static final int PAGE_SIZE = 24;

	private static final int MAX_PRACTICE = 12;

	private final ReactiveElasticsearchClient client;

	private final String index;

	private final SchoolRepository schools;

	private final ItemCards items;

	private final EventCards events;

	private final Clock clock;

	@Autowired
	IsopRegister(ReactiveElasticsearchClient client, IndexNames names, SchoolRepository schools, ItemCards items,
			EventCards events, Clock clock) {
		this(client, names.alias("isop-schools"), schools, items, events, clock);
	}

	/** A copy reading time from another clock (tests move time to see labels expire). */
	IsopRegister at(Clock other) {
		return new IsopRegister(this.client, this.index, this.schools, this.items, this.events, other);
	}

	/**
	 * Schools with a label in force matching the words (Dutch analysis on name, place and organisation), in the
	 * provinces and sectors asked for (none: all). The counts per province ignore the province filter and those per
	 * sector the sector filter, so the map and the filters show what choosing another would give.
	 */
	Mono<IsopViews.RegisterPage> search(String words, List<String> provinces, List<String> sectors, int page) {
		Instant now = this.clock.instant();
		Query province = terms("province", provinces);
		Query sector = terms("sector", sectors);
		return Mono.defer(() -> this.client.search(s -> s.index(this.index)
			.source(src -> src.filter(f -> f.includes(RegisterSource.FIELDS)))
			.from(page * PAGE_SIZE)
			.size(PAGE_SIZE)
			.trackTotalHits(t -> t.enabled(true))
			.query(q -> q.bool(b -> {
				b.filter(inForce(now));
				if (words != null && !words.isBlank()) {
					b.must(m -> m.multiMatch(mm -> mm.query(words)
						.fields("name^3", "name.plain^2", "place", "searchText")
						.operator(Operator.And)));
				}
				return b;
			}))
			.postFilter(f -> f.bool(b -> b.filter(province).filter(sector)))
			.sort(so -> so.field(f -> f.field("name.sort")))
			.aggregations("provinces", a -> a.filter(sector)
				.aggregations("terms", t -> t.terms(tt -> tt.field("province").size(20))))
			.aggregations("sectors", a -> a.filter(province)
				.aggregations("terms", t -> t.terms(tt -> tt.field("sector").size(20)))), RegisterSource.class))
			.map(response -> new IsopViews.RegisterPage(response.hits().total().value(),
					response.hits().hits().stream().map(hit -> entry(hit.source())).toList(),
					counts(response.aggregations().get("provinces").filter().aggregations().get("terms").sterms()
						.buckets().array()),
					counts(response.aggregations().get("sectors").filter().aggregations().get("terms").sterms()
						.buckets().array())));
	}

	/** A school's public page; 404 unless its label is in force. */
	Mono<IsopViews.SchoolPage> page(String slug) {
		Instant now = this.clock.instant();
		return listed(slug).flatMap(school -> Mono.zip(
				this.items.practice(school.getOrganisation(), school.getLinkedItems(), MAX_PRACTICE),
				this.events.upcoming(school.getName(), school.getLinkedEvents(), MAX_PRACTICE))
			.map(found -> new IsopViews.SchoolPage(school.getSlug(), school.getName(), school.getBrin(),
					school.getPlace(), school.getProvince(), school.getSector(),
					IsopViews.label(school.getLabel(), now),
					school.getConsent() != null && school.getConsent().isGiven(), found.getT1(), found.getT2())));
	}

	/** The school behind a public page, if its label is in force. */
	Mono<SchoolDocument> listed(String slug) {
		Instant now = this.clock.instant();
		return this.schools.findFirstBySlug(slug)
			.filter(school -> Track.valid(school.getLabel(), now))
			.switchIfEmpty(Mono.error(() -> new PortalException(HttpStatus.NOT_FOUND, "isop-school-not-found",
					"School not found", "There is no school with a valid ISOP label at this address.")));
	}

	/** Every listed school, for the sitemap (hundreds at most). */
	Flux<SchoolDocument> all() {
		Instant now = this.clock.instant();
		return this.schools.findAll().filter(school -> Track.valid(school.getLabel(), now));
	}

	private static Query inForce(Instant now) {
		return Query.of(q -> q.bool(b -> b
			.filter(f -> f.range(r -> r.date(d -> d.field("label.awardedAt").lte(now.toString()))))
			.filter(f -> f.range(r -> r.date(d -> d.field("label.validUntil").gt(now.toString()))))));
	}

	private static Query terms(String field, List<String> values) {
		if (values.isEmpty()) {
			return Query.of(q -> q.matchAll(m -> m));
		}
		List<FieldValue> wanted = values.stream().map(FieldValue::of).toList();
		return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(wanted))));
	}

	private static Map<String, Long> counts(List<StringTermsBucket> buckets) {
		Map<String, Long> counts = new LinkedHashMap<>();
		buckets.forEach(bucket -> counts.put(bucket.key().stringValue(), bucket.docCount()));
		return counts;
	}

	private static IsopViews.RegisterEntry entry(RegisterSource source) {
		return new IsopViews.RegisterEntry(source.slug(), source.name(), source.place(), source.province(),
				source.sector(), Instant.parse(source.label().awardedAt()), Instant.parse(source.label().validUntil()));
	}

}
