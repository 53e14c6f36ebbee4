package nl.ouderbetrokkenheid.portal.alerts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.search.SavedSearchQueries;
import nl.ouderbetrokkenheid.portal.support.Items;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexNames;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The saved-search benchmark ({@code bin/bench-follow}, figures in docs/performance.md): 10,000 saved searches of
 * 1,000 members, then 1,000 items published through the API. Reports the publish latency without and with the saved
 * searches (a publication only queues the item), the time the percolator takes to find every match, and the time to
 * build every digest. Not part of the test suites (its name ends in neither Tests nor IntegrationTests); its own jobs
 * are slowed down so the benchmark times the matching and the digests alone.
 */
@PortalIntegrationTest
@TestPropertySource(properties = { "portal.alerts.match-interval=1h", "portal.alerts.digest-interval=1h" })
@EnabledIfSystemProperty(named = "bench.follow", matches = "true")
class SavedSearchBenchmark {

	private static final String[] FIRST = { "ouder", "school", "taal", "lees", "speel", "sport", "zorg", "buurt",
			"huis", "team" };

	private static final String[] SECOND = { "avond", "gesprek", "ochtend", "kamer", "project", "plan", "middag",
			"groep", "bezoek", "krant" };

	@Autowired
	private WebTestClient client;

	@Autowired
	private SavedSearchService service;

	@Autowired
	private Percolation percolation;

	@Autowired
	private Digests digests;

	@Autowired
	private Taxonomy taxonomy;

	@Autowired
	private ReactiveElasticsearchClient elasticsearch;

	@Autowired
	private ReactiveElasticsearchOperations operations;

	@Autowired
	private IndexNames names;

	@Autowired
	private Clock clock;

	private final Random random = new Random(Long.getLong("bench.seed", 1));

	@Test
	void tenThousandSavedSearchesAndAThousandPublications() throws IOException {
		int searches = Integer.getInteger("bench.searches", 10_000);
		int members = Math.max(1, searches / 10);
		int items = Integer.getInteger("bench.items", 1_000);
		int probe = Integer.getInteger("bench.probe", 100);
		Map<String, Object> figures = new LinkedHashMap<>();
		Logins.Session editor = Logins.login(this.client, Logins.person("bench-editor-" + UUID.randomUUID(), "EDITOR"));
		drainQueue(); // whatever other runs left

		long[] without = publish(editor, probe);
		figures.put("publish latency without saved searches (p50 / p95 / max, ms)", percentiles(without));
		drainQueue();

		long start = System.nanoTime();
		String run = UUID.randomUUID().toString().substring(0, 8);
		storeMembers(run, members);
		storeSearches(run, members, searches);
		figures.put("saved searches stored (" + searches + ", " + members + " members), s", seconds(start));

		long[] with = publish(editor, probe);
		figures.put("publish latency with " + searches + " saved searches (p50 / p95 / max, ms)", percentiles(with));
		drainQueue();

		publish(editor, items);
		refresh("publication-queue");
		long matching = System.nanoTime();
		long matched = drainQueue();
		double matchSeconds = seconds(matching);
		long matchCount = count("saved-search-matches", run);
		figures.put("publications matched (queue documents percolated)", matched);
		figures.put("time to find every match of " + items + " items against " + searches + " saved searches, s",
				matchSeconds);
		figures.put("matches found", matchCount);

		refresh("saved-search-matches");
		long digesting = System.nanoTime();
		Long mails = this.digests.send(this.clock.instant().plus(Duration.ofDays(8))).block(Duration.ofMinutes(30));
		figures.put("digest build time (every saved search due), s", seconds(digesting));
		figures.put("digest mails queued", mails);

		StringBuilder report = new StringBuilder("Saved-search benchmark\n");
		figures.forEach((name, value) -> report.append("  ").append(name).append(": ").append(value).append('\n'));
		System.out.println(report);
		Files.writeString(Path.of("target", "bench-follow.txt"), report);
		assertThat(matched).isGreaterThanOrEqualTo(items);
		assertThat(matchCount).isPositive();
	}

	/** Publishes {@code count} items one after another as an editor; answers each request's latency in ms. */
	private long[] publish(Logins.Session editor, int count) {
		long[] latencies = new long[count];
		for (int i = 0; i < count; i++) {
			Map<String, Object> item = Items.with(Items.item(title()), "partnerships", pick(codes(Taxonomy.Kind.PARTNERSHIP), 2),
					"aspects", pick(codes(Taxonomy.Kind.ASPECT), 1), "sectors", pick(codes(Taxonomy.Kind.SECTOR), 2),
					"region", one(codes(Taxonomy.Kind.REGION)), "summary", "Over " + word() + " en " + word() + ".");
			long start = System.nanoTime();
			Items.create(this.client, editor, item);
			latencies[i] = (System.nanoTime() - start) / 1_000_000;
		}
		return latencies;
	}

	private void storeMembers(String run, int members) {
		String index = this.names.alias("profiles");
		List<Map<String, Object>> profiles = new ArrayList<>();
		for (int m = 0; m < members; m++) {
			Map<String, Object> profile = new LinkedHashMap<>();
			profile.put("subject", owner(run, m));
			profile.put("displayName", "Lid " + m);
			profile.put("email", owner(run, m) + "@bench.test");
			profile.put("providerRoles", List.of("MEMBER"));
			profiles.add(profile);
		}
		bulk(index, profiles, profile -> (String) profile.get("subject"));
	}

	/** Saved searches as members make them: a word of the catalogue or none, and one to three filters. */
	private void storeSearches(String run, int members, int count) {
		String index = this.operations.getIndexCoordinatesFor(SavedSearchDocument.class).getIndexName();
		List<Map<String, Object>> documents = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			boolean text = this.random.nextInt(10) < 6;
			SavedSearchQueries.Filters filters = new SavedSearchQueries.Filters(text ? word() : null,
					List.of(), this.random.nextBoolean() ? pick(codes(Taxonomy.Kind.PARTNERSHIP), 1) : List.of(),
					List.of(), this.random.nextBoolean() ? pick(codes(Taxonomy.Kind.SECTOR), 1) : List.of(),
					List.of(one(codes(Taxonomy.Kind.REGION))));
			Frequency frequency = this.random.nextBoolean() ? Frequency.DAILY : Frequency.WEEKLY;
			SavedSearchDocument search = this.service.newSearch(owner(run, i % members), filters, frequency);
			@SuppressWarnings("unchecked")
			Map<String, Object> source = (Map<String, Object>) (Map<?, ?>) this.operations.getElasticsearchConverter()
				.mapObject(search);
			documents.add(source);
		}
		bulk(index, documents, document -> (String) document.get("id"));
		refresh("saved-searches");
	}

	private void bulk(String index, List<Map<String, Object>> documents,
			java.util.function.Function<Map<String, Object>, String> id) {
		for (int from = 0; from < documents.size(); from += 1000) {
			List<Map<String, Object>> slice = documents.subList(from, Math.min(documents.size(), from + 1000));
			var response = this.elasticsearch.bulk(b -> {
				slice.forEach(document -> b.operations(op -> op.index(ix -> ix.index(index).id(id.apply(document)).document(document))));
				return b;
			}).block(Duration.ofMinutes(5));
			assertThat(response.errors()).as("bulk into " + index).isFalse();
		}
	}

	private long drainQueue() {
		refresh("publication-queue");
		long total = 0;
		while (true) {
			Long drained = this.percolation.drain().block(Duration.ofMinutes(30));
			total += drained;
			refresh("publication-queue");
			if (count("publication-queue", null) == 0) {
				return total;
			}
		}
	}

	private void refresh(String name) {
		this.elasticsearch.indices().refresh(r -> r.index(this.names.alias(name))).block(Duration.ofMinutes(1));
	}

	private long count(String name, String ownerPrefix) {
		return this.elasticsearch.count(c -> {
			c.index(this.names.alias(name));
			if (ownerPrefix != null) {
				c.query(q -> q.prefix(p -> p.field("owner").value("bench-" + ownerPrefix)));
			}
			return c;
		}).block(Duration.ofMinutes(1)).count();
	}

	private static String owner(String run, int member) {
		return "bench-" + run + "-" + member;
	}

	private String title() {
		return capitalise(word()) + " en " + word() + " in de praktijk";
	}

	private String word() {
		return FIRST[this.random.nextInt(FIRST.length)] + SECOND[this.random.nextInt(SECOND.length)];
	}

	private List<String> codes(Taxonomy.Kind kind) {
		return this.taxonomy.terms(kind).stream().map(Taxonomy.Term::code).toList();
	}

	private String one(List<String> codes) {
		return codes.get(this.random.nextInt(codes.size()));
	}

	private List<String> pick(List<String> codes, int most) {
		List<String> picked = new ArrayList<>();
		int n = 1 + this.random.nextInt(most);
		while (picked.size() < n) {
			String code = one(codes);
			if (!picked.contains(code)) {
				picked.add(code);
			}
		}
		return picked;
	}

	private static String capitalise(String word) {
		return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}

	private static double seconds(long since) {
		return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
	}

	private static String percentiles(long[] latencies) {
		long[] sorted = latencies.clone();
		Arrays.sort(sorted);
		return "%d / %d / %d".formatted(sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
				sorted[sorted.length - 1]);
	}

}
