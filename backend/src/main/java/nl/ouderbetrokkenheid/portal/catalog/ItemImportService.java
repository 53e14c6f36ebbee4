package nl.ouderbetrokkenheid.portal.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.catalog.ItemImportParser.Line;
import nl.ouderbetrokkenheid.portal.catalog.ItemImportStore.Prepared;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.system.ReadYourWrites;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.BulkLoads;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy.Kind;

import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Bulk import of items from NDJSON or CSV, keyed by each line's external id. Every line is either indexed whole
 * or rejected with its line number and the fields at fault; a line whose content did not change is left alone, so
 * importing the same file twice changes nothing. Taxonomy fields may name a code by its Dutch or English label
 * ({@code "region": "Zuid-Holland"}); the code is stored, and the report lists each label it read so.
 */
@Service
@RequiredArgsConstructor
class ItemImportService {

	/** One rejected line. */
	record Rejected(long line, List<Problems.FieldError> errors) {
	}

	/** What an import did; {@code mapped}: each label written instead of a code, with the code it was read as. */
	record Report(long created, long updated, long unchanged, Map<String, String> mapped, List<Rejected> rejected) {
	}

	private static final int BATCH = 500;

	/** Batches prepared, and stored, at the same time. */
	private static final int IN_FLIGHT = 2;

	private final ReactiveElasticsearchOperations operations;

	private final BulkLoads bulkLoads;

	private final ItemImportParser parser;

	private final ItemImportStore store;

	private final ItemRules rules;

	private final Taxonomy taxonomy;

	/** Imports newline-delimited JSON, streaming: memory stays flat however large the file. */
	Mono<Report> importNdjson(Flux<String> lines) {
		return run(lines.index().filter(line -> !line.getT2().isBlank()),
				line -> this.parser.json(line.getT1() + 1, line.getT2()));
	}

	/** Imports CSV with a header row naming the same fields as the JSON form. */
	Mono<Report> importCsv(String content) {
		return run(Flux.defer(() -> Flux.fromIterable(this.parser.csv(content))), Function.identity());
	}

	private <T> Mono<Report> run(Flux<T> lines, Function<T, Line> parse) {
		Map<String, Long> firstLineOfId = new HashMap<>();
		Set<String> slugsTaken = ConcurrentHashMap.newKeySet();
		Tally tally = new Tally();
		// Three stages overlap: preparing a batch (parsing, validating, extracting the Markdown's text, hashing: the
		// CPU-heavy part) on the parallel scheduler, checking external ids in file order, and storing
		// batches in Elasticsearch, two at a time. Preparing must stay off the Elasticsearch client's I/O threads, or
		// the backend and the node take turns instead of working at once (docs/performance.md).
		Flux<List<Prepared>> prepared = lines.buffer(BATCH)
			.flatMapSequential(batch -> Mono.fromCallable(() -> prepare(batch, parse, tally))
				.subscribeOn(Schedulers.parallel()), IN_FLIGHT, 1)
			.map(batch -> firstOfEachId(batch, firstLineOfId, tally));
		String index = this.operations.getIndexCoordinatesFor(ItemDocument.class).getIndexName();
		return this.bulkLoads
			.load(index, prepared, batches -> batches.flatMapSequential(
					batch -> this.store.store(batch, slugsTaken).doOnNext(tally::stored), IN_FLIGHT, 1))
			.then(ReadYourWrites.visibleAfterBatch(this.operations, ItemDocument.class))
			.then(Mono.fromSupplier(tally::report));
	}

	private <T> List<Prepared> prepare(List<T> batch, Function<T, Line> parse, Tally tally) {
		List<Prepared> prepared = new ArrayList<>(batch.size());
		for (T raw : batch) {
			Map<String, String> mapped = new HashMap<>();
			Line line = checked(parse.apply(raw), mapped);
			if (!line.isGood()) {
				tally.reject(line);
			}
			else {
				tally.mapped(mapped);
				prepared.add(this.store.prepare(line.number(), line.input()));
			}
		}
		return prepared;
	}

	/** The line with its labels read as codes, checked as the editor's form is, plus an external id. */
	private Line checked(Line line, Map<String, String> mapped) {
		if (!line.isGood()) {
			return line;
		}
		ItemInput input = withCodes(line.input(), mapped);
		List<Problems.FieldError> errors = new ArrayList<>(this.rules.check(input));
		if (input.externalId() == null || input.externalId().isBlank()) {
			errors.add(new Problems.FieldError("externalId", Problems.Code.REQUIRED, "is required on import"));
		}
		return errors.isEmpty() ? Line.good(line.number(), input) : new Line(line.number(), null, List.copyOf(errors));
	}

	/** The input with each taxonomy field's labels replaced by their codes; what is no label stays for the rules. */
	private ItemInput withCodes(ItemInput in, Map<String, String> mapped) {
		return new ItemInput(in.externalId(), code(Kind.CONTENT_TYPE, in.type(), mapped), in.title(), in.summary(),
				in.body(), codes(Kind.PARTNERSHIP, in.partnerships(), mapped), codes(Kind.ASPECT, in.aspects(), mapped),
				codes(Kind.SECTOR, in.sectors(), mapped), code(Kind.REGION, in.region(), mapped), in.organisation(),
				in.author(), in.links(), in.licence(), in.language(), in.publishedAt(), in.published(), in.demo());
	}

	private List<String> codes(Kind kind, List<String> values, Map<String, String> mapped) {
		return (values == null) ? null : values.stream().map(value -> code(kind, value, mapped)).toList();
	}

	private String code(Kind kind, String value, Map<String, String> mapped) {
		if (value == null || this.taxonomy.knows(kind, value)) {
			return value;
		}
		return this.taxonomy.codeFor(kind, value).map(code -> {
			mapped.put(value, code);
			return code;
		}).orElse(value);
	}

	/** Batches arrive here in file order, one at a time: the first line with an external id wins. */
	private static List<Prepared> firstOfEachId(List<Prepared> batch, Map<String, Long> firstLineOfId, Tally tally) {
		List<Prepared> firsts = new ArrayList<>(batch.size());
		for (Prepared line : batch) {
			Long first = firstLineOfId.putIfAbsent(line.input().externalId(), line.line());
			if (first == null) {
				firsts.add(line);
			}
			else {
				tally.reject(Line.bad(line.line(), "externalId", Problems.Code.DUPLICATE,
						"appears again (first on line " + first + ")"));
			}
		}
		return firsts;
	}

	/** Counts what an import did; two batches are prepared, and stored, at a time, so the counts are atomic. */
	private static final class Tally {

		private final AtomicLong created = new AtomicLong();

		private final AtomicLong updated = new AtomicLong();

		private final AtomicLong unchanged = new AtomicLong();

		private final Map<String, String> mapped = new ConcurrentHashMap<>();

		private final Queue<Rejected> rejected = new ConcurrentLinkedQueue<>();

		void stored(ItemImportStore.Stored stored) {
			this.created.addAndGet(stored.created());
			this.updated.addAndGet(stored.updated());
			this.unchanged.addAndGet(stored.unchanged());
		}

		void mapped(Map<String, String> labels) {
			this.mapped.putAll(labels);
		}

		void reject(Line line) {
			this.rejected.add(new Rejected(line.number(), line.errors()));
		}

		Report report() {
			return new Report(this.created.get(), this.updated.get(), this.unchanged.get(), new TreeMap<>(this.mapped),
					this.rejected.stream().sorted(Comparator.comparingLong(Rejected::line)).toList());
		}

	}

}
