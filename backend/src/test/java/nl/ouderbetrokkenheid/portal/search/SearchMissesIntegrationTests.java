package nl.ouderbetrokkenheid.portal.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import nl.ouderbetrokkenheid.portal.support.Markers;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.system.JobLeases;
import nl.ouderbetrokkenheid.portal.system.JobRounds;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexNames;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class SearchMissesIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	private ReactiveElasticsearchClient client;

	@Autowired
	private SearchMisses misses;

	@Autowired
	private IndexNames names;

	@Autowired
	private JobLeases leases;

	@Autowired
	private JobRounds rounds;

	@Test
	void aQueryMissedOftenIsOneDocumentWithItsCount() {
		String tag = unique();
		String query = "zeldzaam woord " + tag;
		// Spellings that normalise alike, several of them at once.
		List<String> spellings = List.of("Zeldzaam  Woord " + tag.toUpperCase(), "zéldzaam woord " + tag,
				" zeldzaam\twoord " + tag + " ", query, query, query);
		Flux.merge(spellings.stream().map(this.misses::record).toList()).blockLast(WAIT);

		assertThat(stored(query)).singleElement()
			.satisfies(document -> assertThat(document).containsEntry("query", query).containsEntry("count", 6));
		assertThat(this.misses.top(200).block(WAIT)).filteredOn(miss -> miss.query().equals(query))
			.singleElement()
			.satisfies(miss -> assertThat(miss.count()).isEqualTo(6));
	}

	@Test
	void queriesThatLookLikeAnEmailAddressOrAPhoneNumberAreNotKept() {
		String tag = unique();
		for (String personal : List.of(tag + " jan.jansen@example.nl", tag + " bel 06-12345678", tag + " +31 6 1234 5678",
				tag + " 020 123 4567", tag + " 0612345678", tag + " (020) 123-45-67")) {
			this.misses.record(personal).block(WAIT);
		}
		this.misses.record(tag + " groep 8 2024").block(WAIT);

		assertThat(storedStartingWith(tag)).extracting(document -> document.get("query"))
			.containsExactly(tag + " groep 8 2024");
	}

	@Test
	void missesNotSeenWithinTheRetentionPeriodArePurged() {
		SearchMisses longAgo = new SearchMisses(this.client, this.names, this.leases, this.rounds,
				new SearchProperties(Duration.ofDays(90)),
				Clock.fixed(Instant.now().minus(Duration.ofDays(91)), ZoneOffset.UTC));
		String forgotten = "vergeten " + unique();
		String recent = "actueel " + unique();
		String back = "terug " + unique();
		longAgo.record(forgotten).block(WAIT);
		longAgo.record(back).block(WAIT);
		this.misses.record(recent).block(WAIT);
		this.misses.record(back).block(WAIT);
		refresh();

		// The application's own hourly purge may run at the same moment; either way the outcome is the same.
		this.misses.purgeExpired().block(WAIT);

		assertThat(found(forgotten)).isFalse();
		assertThat(found(recent)).isTrue();
		assertThat(found(back)).as("seen again within the period").isTrue();
		assertThat(stored(back)).singleElement().satisfies(document -> assertThat(document).containsEntry("count", 2));
	}

	private static String unique() {
		return Markers.word("t");
	}

	private void refresh() {
		this.client.indices().refresh(refresh -> refresh.index(this.names.alias("search-misses"))).block(WAIT);
	}

	private boolean found(String query) {
		return Mono.defer(() -> this.client.get(get -> get.index(this.names.alias("search-misses"))
			.id(SearchMisses.idOf(query)), Map.class)).map(response -> response.found()).block(WAIT);
	}

	private List<Map<String, Object>> stored(String query) {
		return storedWhere(Query.of(q -> q.term(term -> term.field("query").value(query))));
	}

	private List<Map<String, Object>> storedStartingWith(String prefix) {
		return storedWhere(Query.of(q -> q.prefix(p -> p.field("query").value(prefix))));
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> storedWhere(Query query) {
		refresh();
		return this.client.search(search -> search.index(this.names.alias("search-misses")).query(query), Map.class)
			.map(response -> response.hits().hits().stream().map(hit -> (Map<String, Object>) hit.source()).toList())
			.block(WAIT);
	}

}
