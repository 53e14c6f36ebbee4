package nl.ouderbetrokkenheid.portal.balance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonpDeserializer;
import co.elastic.clients.transport.Endpoint;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.ouderbetrokkenheid.portal.balance.BalanceApi.CellRef;
import nl.ouderbetrokkenheid.portal.balance.BalanceApi.EventRef;
import nl.ouderbetrokkenheid.portal.balance.BalanceApi.ExpertRef;
import nl.ouderbetrokkenheid.portal.balance.BalanceApi.ItemRef;
import nl.ouderbetrokkenheid.portal.balance.BalanceApi.Recommendation;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * What to read and whom to meet for each weak cell: practice examples and tools for the cell (then for its
 * partnership), those of the team's sector and region first; upcoming events and listed experts on the partnership.
 * All of it in one multi-search, so the results page costs one round trip to Elasticsearch however many cells are
 * weak. The visibility rules are the catalogue's, the events' and the directory's own: published items, published
 * upcoming events, experts who chose to be listed and hold the role.
 */
@Component
class Recommendations {

	private static final Logger logger = LoggerFactory.getLogger(Recommendations.class);

	static final int ITEMS = 3;

	static final int EVENTS = 2;

	static final int EXPERTS = 2;

	private static final List<FieldValue> RECOMMENDED_TYPES = List.of(FieldValue.of("PRACTICE_EXAMPLE"),
			FieldValue.of("TOOL"));

	/** What the three indices' hits carry that a recommendation shows; each index fills its own fields. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Source(String slug, String type, String title, String summary, String name, String organisation,
			Instant startsAt, Venue venue) {

		@JsonIgnoreProperties(ignoreUnknown = true)
		record Venue(String city) {
		}

	}

	private static final Endpoint<MsearchRequest, MsearchResponse<Source>, ErrorResponse> MSEARCH = MsearchRequest
		.createMsearchEndpoint(JsonpDeserializer.of(Source.class));

	private final ReactiveElasticsearchClient client;

	private final String items;

	private final String events;

	private final String experts;

	private final Clock clock;

	Recommendations(ReactiveElasticsearchClient client, IndexNames names, Clock clock) {
		this.client = client;
		this.items = names.alias("items");
		this.events = names.alias("events");
		this.experts = names.alias("experts");
		this.clock = clock;
	}

	/** The results with recommendations for their weakest cells. */
	Mono<BalanceApi.Results> addTo(BalanceApi.Results results, String sector, String region) {
		return forCells(results.weakest(), sector, region)
			.map(found -> new BalanceApi.Results(results.respondents(), results.cells(), results.partnerships(),
					results.aspects(), results.weakest(), results.disagreements(), found));
	}

	/** For each cell, in order: items, events and experts; empty lists when there are none. */
	Mono<List<Recommendation>> forCells(List<CellRef> cells, String sector, String region) {
		if (cells.isEmpty()) {
			return Mono.just(List.of());
		}
		Instant now = this.clock.instant();
		List<RequestItem> searches = new ArrayList<>();
		for (CellRef cell : cells) {
			searches.add(itemSearch(cell, sector, region));
			searches.add(eventSearch(cell, now));
			searches.add(expertSearch(cell, sector, region));
		}
		MsearchRequest request = MsearchRequest.of(m -> m.searches(searches));
		// The Java client has no reactive msearch; its transport does, as the reactive client's own calls use.
		return Mono
			.fromFuture(() -> this.client._transport()
				.performRequestAsync(request, MSEARCH, this.client._transportOptions()))
			.map(response -> {
				List<Recommendation> recommendations = new ArrayList<>();
				List<MultiSearchResponseItem<Source>> answers = response.responses();
				for (int i = 0; i < cells.size(); i++) {
					CellRef cell = cells.get(i);
					recommendations.add(new Recommendation(cell.partnership(), cell.aspect(),
							hits(answers.get(3 * i)).stream()
								.map(hit -> new ItemRef(hit.source().slug(), hit.source().type(), hit.source().title(),
										hit.source().summary()))
								.toList(),
							hits(answers.get(3 * i + 1)).stream()
								.map(hit -> new EventRef(hit.id(), hit.source().title(), hit.source().startsAt(),
										(hit.source().venue() != null) ? hit.source().venue().city() : null))
								.toList(),
							hits(answers.get(3 * i + 2)).stream()
								.map(hit -> new ExpertRef(hit.source().slug(), hit.source().name(),
										hit.source().organisation()))
								.toList()));
				}
				return recommendations;
			});
	}

	private static List<Hit<Source>> hits(MultiSearchResponseItem<Source> answer) {
		if (answer.isFailure()) {
			// One index failing (say, during a rollout) leaves that list empty rather than the whole page broken.
			logger.warn("A recommendation search failed: {}", answer.failure().error().reason());
			return List.of();
		}
		return answer.result().hits().hits().stream().filter(hit -> hit.source() != null).toList();
	}

	/** The cell's items first, then the partnership's; within each, the team's sector and region first. */
	private RequestItem itemSearch(CellRef cell, String sector, String region) {
		BoolQuery.Builder bool = new BoolQuery.Builder()
			.filter(f -> f.term(t -> t.field("published").value(true)))
			.filter(f -> f.terms(t -> t.field("type").terms(v -> v.value(RECOMMENDED_TYPES))));
		return bestFirst(this.items, ITEMS, ranked(bool, cell, 4f, sector, 2f, region),
				SortOptions.of(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc))), "slug", "type", "title",
				"summary");
	}

	private RequestItem eventSearch(CellRef cell, Instant now) {
		Query query = Query.of(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("status").value("PUBLISHED")))
			.filter(f -> f.range(r -> r.date(d -> d.field("startsAt").gte(now.toString()))))
			.filter(f -> f.term(t -> t.field("partnerships").value(cell.partnership())))));
		return RequestItem.of(r -> r.header(h -> h.index(this.events))
			.body(b -> b.query(query)
				.size(EVENTS)
				.source(s -> s.filter(f -> f.includes("title", "startsAt", "venue.city")))
				.sort(o -> o.field(f -> f.field("startsAt").order(SortOrder.Asc)))));
	}

	private RequestItem expertSearch(CellRef cell, String sector, String region) {
		BoolQuery.Builder bool = new BoolQuery.Builder().filter(f -> f.term(t -> t.field("listed").value(true)))
			.filter(f -> f.term(t -> t.field("active").value(true)));
		return bestFirst(this.experts, EXPERTS, ranked(bool, cell, 2f, sector, 1f, region),
				SortOptions.of(o -> o.field(f -> f.field("name.sort").order(SortOrder.Asc))), "slug", "name",
				"organisation");
	}

	/**
	 * The partnership's documents that pass {@code bool}'s filters, ranked: the cell's aspect counts most, then the
	 * team's sector, then its region (each boost given; a missing sector or region counts for nothing).
	 */
	private static Query ranked(BoolQuery.Builder bool, CellRef cell, float aspectBoost, String sector,
			float sectorBoost, String region) {
		bool.filter(f -> f.term(t -> t.field("partnerships").value(cell.partnership())));
		boost(bool, "aspects", cell.aspect(), aspectBoost);
		boost(bool, "sectors", sector, sectorBoost);
		boost(bool, "region", region, 1f);
		return Query.of(q -> q.bool(bool.build()));
	}

	/** The best {@code size} hits of {@code query} in {@code index}, ties in {@code tie} order, with these fields. */
	private static RequestItem bestFirst(String index, int size, Query query, SortOptions tie, String... fields) {
		return RequestItem.of(r -> r.header(h -> h.index(index))
			.body(b -> b.query(query)
				.size(size)
				.source(s -> s.filter(f -> f.includes(List.of(fields))))
				.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
				.sort(tie)));
	}

	private static void boost(BoolQuery.Builder bool, String field, String value, float boost) {
		if (value != null && !value.isBlank()) {
			bool.should(s -> s.constantScore(c -> c.filter(f -> f.term(t -> t.field(field).value(value))).boost(boost)));
		}
	}

}
