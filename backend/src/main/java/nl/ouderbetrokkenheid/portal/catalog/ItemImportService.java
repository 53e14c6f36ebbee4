package nl.ouderbetrokkenheid.portal.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch._types.FieldValue;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.BulkLoads;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;
import org.springframework.data.elasticsearch.core.query.FetchSourceFilter;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Bulk import of items from NDJSON or CSV, keyed by each line's external id. Every line is either indexed whole
 * or rejected with its line number and the fields at fault; a line whose content did not change is left alone, so
 * importing the same file twice changes nothing.
 */
@Service
class ItemImportService {

	/** One rejected line. */
	record Rejected(long line, List<Problems.FieldError> errors) {
	}

	/** What an import did. */
	record Report(long created, long updated, long unchanged, List<Rejected> rejected) {
	}

	/** A line: its input when it could be read, and what is wrong with it (nothing, for a good line). */
	private record Line(long number, ItemInput input, List<Problems.FieldError> errors) {

		static Line good(long number, ItemInput input) {
			return new Line(number, input, List.of());
		}

		static Line bad(long number, String field, Problems.Code code, String message) {
			return new Line(number, null, List.of(new Problems.FieldError(field, code, message)));
		}

		boolean isGood() {
			return this.errors.isEmpty();
		}

	}

	private static final int BATCH = 500;

	/** Batches prepared, and stored, at the same time. */
	private static final int IN_FLIGHT = 2;

	private static final String MULTI_VALUE_SEPARATOR = "\\|";

	private final ReactiveElasticsearchOperations operations;

	private final BulkLoads bulkLoads;

	private final ItemService items;

	private final ItemRules rules;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	ItemImportService(ReactiveElasticsearchOperations operations, BulkLoads bulkLoads, ItemService items,
			ItemRules rules, Clock clock) {
		this.operations = operations;
		this.bulkLoads = bulkLoads;
		this.items = items;
		this.rules = rules;
		this.clock = clock;
	}

	/** Imports newline-delimited JSON, streaming: memory stays flat however large the file. */
	Mono<Report> importNdjson(Flux<String> lines) {
		return run(lines.index().filter(line -> !line.getT2().isBlank()), line -> parseJson(line.getT1() + 1, line.getT2()));
	}

	/** Imports CSV with a header row naming the same fields as the JSON form. */
	Mono<Report> importCsv(String content) {
		List<Line> lines = new ArrayList<>();
		try {
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.setIgnoreEmptyLines(true)
				.setTrim(true)
				.get();
			for (CSVRecord record : format.parse(new StringReader(content))) {
				lines.add(parseCsv(record));
			}
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			lines.add(Line.bad(1, "file", Problems.Code.UNREADABLE, "not valid CSV: " + ex.getMessage()));
		}
		return run(Flux.fromIterable(lines), Function.identity());
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
			.load(index, prepared,
					batches -> batches.flatMapSequential(batch -> store(batch, tally, slugsTaken), IN_FLIGHT, 1))
			.then(Mono.defer(() -> this.operations.indexOps(ItemDocument.class).refresh()))
			.then(Mono.fromSupplier(tally::report));
	}

	/** A good line made ready to store: its body's search text extracted and its content hashed. */
	private record Prepared(long line, ItemInput input, String bodyText, String contentHash) {
	}

	private <T> List<Prepared> prepare(List<T> batch, Function<T, Line> parse, Tally tally) {
		List<Prepared> prepared = new ArrayList<>(batch.size());
		for (T raw : batch) {
			Line line = checked(parse.apply(raw));
			if (!line.isGood()) {
				tally.reject(line);
			}
			else {
				prepared.add(new Prepared(line.number(), line.input(), this.items.searchText(line.input()),
						ItemService.contentHash(line.input())));
			}
		}
		return prepared;
	}

	private Line checked(Line line) {
		if (!line.isGood()) {
			return line;
		}
		List<Problems.FieldError> errors = new ArrayList<>(this.rules.check(line.input()));
		if (line.input().externalId() == null || line.input().externalId().isBlank()) {
			errors.add(new Problems.FieldError("externalId", Problems.Code.REQUIRED, "is required on import"));
		}
		return errors.isEmpty() ? line : new Line(line.number(), null, List.copyOf(errors));
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

	private Mono<Void> store(List<Prepared> batch, Tally tally, Set<String> slugsTaken) {
		if (batch.isEmpty()) {
			return Mono.empty();
		}
		Map<String, Prepared> byId = new HashMap<>();
		batch.forEach(line -> byId.put(documentId(line.input().externalId()), line));
		return Mono.defer(() -> this.operations.multiGet(
				NativeQuery.builder().withIds(byId.keySet()).build(), ItemDocument.class,
				this.operations.getIndexCoordinatesFor(ItemDocument.class))
			.filter(result -> result.hasItem())
			.map(result -> result.getItem())
			.collectMap(ItemDocument::getId, Function.identity()))
			.flatMap(existing -> {
				List<ItemDocument> toWrite = new ArrayList<>();
				List<ItemDocument> fresh = new ArrayList<>();
				byId.forEach((id, line) -> {
					ItemDocument current = existing.get(id);
					if (current != null && line.contentHash().equals(current.getContentHash())) {
						tally.unchanged();
						return;
					}
					ItemDocument item = (current != null) ? current : newDocument(id);
					this.items.apply(item, line.input(), line.bodyText(), line.contentHash());
					item.setSeqNoPrimaryTerm(null); // the import is authoritative for its own external ids
					if (current != null) {
						tally.updated();
					}
					else {
						tally.created();
						fresh.add(item);
					}
					toWrite.add(item);
				});
				return assignSlugs(fresh, slugsTaken)
					.then(Mono.defer(() -> toWrite.isEmpty() ? Mono.empty()
							: this.operations.saveAll(Mono.just(toWrite), ItemDocument.class).then()));
			});
	}

	/** Slugs for new items: from the title, with a short suffix when the title's slug is already in use. */
	private Mono<Void> assignSlugs(List<ItemDocument> fresh, Set<String> slugsTaken) {
		if (fresh.isEmpty()) {
			return Mono.empty();
		}
		fresh.forEach(item -> item.setSlug(Slugs.of(item.getTitle())));
		List<FieldValue> candidates = fresh.stream().map(item -> FieldValue.of(item.getSlug())).distinct().toList();
		NativeQuery query = NativeQuery.builder()
			.withQuery(q -> q.terms(t -> t.field("slug").terms(v -> v.value(candidates))))
			.withSourceFilter(new FetchSourceFilter(true, new String[] { "slug" }, null))
			.withMaxResults(candidates.size())
			.build();
		IndexCoordinates index = this.operations.getIndexCoordinatesFor(ItemDocument.class);
		return this.operations.search(query, ItemDocument.class, index)
			.map(SearchHit::getContent)
			.map(ItemDocument::getSlug)
			.collect(Collectors.toSet())
			.doOnNext(inIndex -> fresh.forEach(item -> {
				if (inIndex.contains(item.getSlug()) || !slugsTaken.add(item.getSlug())) {
					item.setSlug(item.getSlug() + "-" + item.getId().substring(item.getId().length() - 6));
					slugsTaken.add(item.getSlug());
				}
			}))
			.then();
	}

	private ItemDocument newDocument(String id) {
		ItemDocument item = new ItemDocument();
		item.setId(id);
		item.setCreatedAt(this.clock.instant());
		return item;
	}

	/** Imported items get ids derived from their external id, so a second import finds them again. */
	static String documentId(String externalId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(externalId.getBytes(StandardCharsets.UTF_8));
			return "imp-" + HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Line parseJson(long number, String text) {
		try {
			return Line.good(number, this.json.readValue(text, ItemInput.class));
		}
		catch (JacksonException ex) {
			return Line.bad(number, jsonField(ex), Problems.Code.UNREADABLE, "cannot be read: " + shortMessage(ex));
		}
	}

	private static String jsonField(JacksonException ex) {
		String path = ex.getPath()
			.stream()
			.map(ref -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."));
		return path.isEmpty() ? "line" : path.replace(".[", "[");
	}

	private static String shortMessage(JacksonException ex) {
		String message = ex.getOriginalMessage();
		int newline = (message != null) ? message.indexOf('\n') : -1;
		return (newline > 0) ? message.substring(0, newline) : String.valueOf(message);
	}

	private Line parseCsv(CSVRecord record) {
		long number = record.getRecordNumber() + 1; // the header is line 1
		Map<String, String> row = record.toMap();
		Set<String> known = new HashSet<>(Arrays.asList("externalId", "type", "title", "summary", "body", "partnerships",
				"aspects", "sectors", "region", "organisation", "author", "licence", "language", "publishedAt",
				"published", "demo"));
		for (String column : row.keySet()) {
			if (!known.contains(column)) {
				return Line.bad(number, column, Problems.Code.UNKNOWN_FIELD, "is not a known column");
			}
		}
		LocalDate publishedAt;
		try {
			String date = row.get("publishedAt");
			publishedAt = (date == null || date.isBlank()) ? null : LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			return Line.bad(number, "publishedAt", Problems.Code.NOT_A_DATE, "is not a date (yyyy-mm-dd)");
		}
		ItemInput input = new ItemInput(blank(row.get("externalId")), blank(row.get("type")), blank(row.get("title")),
				blank(row.get("summary")), row.get("body"), list(row.get("partnerships")), list(row.get("aspects")),
				list(row.get("sectors")), blank(row.get("region")), blank(row.get("organisation")),
				blank(row.get("author")), List.of(), blank(row.get("licence")), blank(row.get("language")), publishedAt,
				bool(row.get("published")), bool(row.get("demo")));
		return Line.good(number, input);
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static List<String> list(String value) {
		return (value == null || value.isBlank()) ? List.of()
				: Arrays.stream(value.split(MULTI_VALUE_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static Boolean bool(String value) {
		return (value == null || value.isBlank()) ? null : Boolean.valueOf(value.strip());
	}

	/** Counts what an import did; two batches are stored at a time, so the counts are atomic. */
	private static final class Tally {

		private final AtomicLong created = new AtomicLong();

		private final AtomicLong updated = new AtomicLong();

		private final AtomicLong unchanged = new AtomicLong();

		private final Queue<Rejected> rejected = new ConcurrentLinkedQueue<>();

		void created() {
			this.created.incrementAndGet();
		}

		void updated() {
			this.updated.incrementAndGet();
		}

		void unchanged() {
			this.unchanged.incrementAndGet();
		}

		void reject(Line line) {
			this.rejected.add(new Rejected(line.number(), line.errors()));
		}

		Report report() {
			return new Report(this.created.get(), this.updated.get(), this.unchanged.get(),
					this.rejected.stream().sorted(Comparator.comparingLong(Rejected::line)).toList());
		}

	}

}
