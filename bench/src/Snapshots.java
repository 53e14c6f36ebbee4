import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Snapshots of the portal's indices, straight against Elasticsearch's HTTP API (JDK classes only, like the benchmark):
 * {@code bin/snapshots list|take|restore NAME} and the restore drill, {@code bin/restore-drill}. See
 * docs/operations.md, "Snapshots".
 *
 * <p>The drill: optionally add N synthetic items (copies of a stored item with generated text), block writes, note
 * every index's document count, aliases and a random sample of documents, take a snapshot, delete the indices,
 * restore them, and compare; prints each step with its time and exits 1 on any difference. The integration test
 * {@code RestoreDrillIntegrationTests} runs this same program through {@code bin/restore-drill}.
 */
public class Snapshots {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy.MM.dd-HHmmss", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private static final int BULK = 1000;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String es;

	private final String prefix;

	private final String repository;

	private Snapshots(String es, String prefix, String repository) {
		this.es = es.endsWith("/") ? es.substring(0, es.length() - 1) : es;
		this.prefix = prefix;
		this.repository = repository;
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		List<String> words = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--")) {
				if (i + 1 == args.length) {
					usage("missing value after " + args[i]);
				}
				options.put(args[i].substring(2), args[++i]);
			}
			else {
				words.add(args[i]);
			}
		}
		if (words.isEmpty()) {
			usage("no command");
		}
		boolean drill = words.get(0).equals("drill");
		// The drill has a repository of its own unless told otherwise: it must not repoint the scheduled one.
		Snapshots tool = new Snapshots(options.getOrDefault("es", "http://127.0.0.1:9200"),
				options.getOrDefault("prefix", "kp-"),
				options.getOrDefault("repository", drill ? "kennisportaal-drill" : "kennisportaal-backups"));
		String location = options.get("location");
		switch (words.get(0)) {
			case "list" -> tool.list();
			case "take" -> {
				tool.register(location);
				tool.take(tool.prefix + STAMP.format(Instant.now()));
			}
			case "restore" -> {
				if (words.size() != 2) {
					usage("restore needs the snapshot's name (bin/snapshots list)");
				}
				tool.register(location);
				tool.restore(words.get(1));
			}
			case "drill" -> System.exit(tool.drill(location, Integer.parseInt(options.getOrDefault("items", "0")),
					Long.parseLong(options.getOrDefault("seed", "1")),
					Integer.parseInt(options.getOrDefault("sample", "50"))) ? 0 : 1);
			default -> usage("unknown command " + words.get(0));
		}
	}

	private static void usage(String problem) {
		System.err.println(problem);
		System.err.println("""
				usage: bin/snapshots list|take|restore NAME [--es URL] [--prefix kp-] [--repository NAME] [--location DIR]
				       bin/restore-drill [--es URL] [--prefix kp-] [--repository NAME] [--location DIR] [--items N] [--seed S] [--sample K]""");
		System.exit(2);
	}

	// ---- the commands ----------------------------------------------------------------------------------------------

	private void list() throws Exception {
		Object answer = send("GET", "/_snapshot/" + this.repository + "/" + this.prefix + "*?ignore_unavailable=true",
				null, 200);
		for (Object snapshot : Json.list(answer, "snapshots")) {
			System.out.printf("%-40s %-8s %s  %d indices  %d ms%n", Json.at(snapshot, "snapshot"),
					Json.at(snapshot, "state"), Json.at(snapshot, "start_time"), Json.list(snapshot, "indices").size(),
					Json.number(snapshot, "duration_in_millis"));
		}
	}

	/** Registers an fs repository at {@code location} (under the nodes' path.repo), unless none is given. */
	private void register(String location) throws Exception {
		if (location != null) {
			send("PUT", "/_snapshot/" + this.repository,
					Map.of("type", "fs", "settings", Map.of("location", location)), 200);
		}
	}

	private Object take(String name) throws Exception {
		Object answer = send("PUT", "/_snapshot/" + this.repository + "/" + name + "?wait_for_completion=true",
				Map.of("indices", this.prefix + "*", "include_global_state", false), 200);
		String state = String.valueOf(Json.at(answer, "snapshot", "state"));
		if (!state.equals("SUCCESS")) {
			throw new IllegalStateException("snapshot " + name + " ended " + state + ": " + Json.write(answer));
		}
		log("snapshot %s: %d indices, %d shards", name, Json.list(answer, "snapshot", "indices").size(),
				Json.number(answer, "snapshot", "shards", "successful"));
		return answer;
	}

	/** Deletes the prefix's indices (by name, never a wildcard) and restores them with their aliases. */
	private void restore(String name) throws Exception {
		List<String> indices = new ArrayList<>(indices().keySet());
		if (!indices.isEmpty()) {
			send("DELETE", "/" + String.join(",", indices), null, 200);
			log("deleted %d indices: %s", indices.size(), String.join(", ", indices));
		}
		send("POST", "/_snapshot/" + this.repository + "/" + name + "/_restore?wait_for_completion=true",
				Map.of("indices", this.prefix + "*", "include_global_state", false, "include_aliases", true), 200);
		send("GET", "/_cluster/health/" + enc(this.prefix + "*") + "?wait_for_status=yellow&timeout=120s", null, 200);
		log("restored %s: %d indices", name, indices().size());
	}

	/** The drill; true when everything restored as it was. */
	private boolean drill(String location, int items, long seed, int sample) throws Exception {
		long started = System.nanoTime();
		log("restore drill: Elasticsearch %s, indices %s*, repository %s", this.es, this.prefix, this.repository);
		if (items > 0) {
			addItems(items, seed);
		}
		if (location != null || !exists("/_snapshot/" + this.repository)) {
			register((location != null) ? location : "restore-drill");
		}
		Map<String, Long> before = indices();
		if (before.isEmpty()) {
			log("no indices under %s*: nothing to drill", this.prefix);
			return false;
		}
		long t = System.nanoTime();
		// Nothing may change between what is noted and what is snapshotted: a backend still running gets refusals.
		// Indices blocked already (old versions kept for a rollback) stay blocked afterwards.
		List<String> writable = writable(before.keySet());
		if (!writable.isEmpty()) {
			send("PUT", "/" + String.join(",", writable) + "/_settings", Map.of("index.blocks.write", true), 200);
		}
		send("POST", "/" + enc(this.prefix + "*") + "/_refresh", null, 200);
		Map<String, Long> counts = counts(before.keySet());
		Map<String, Object> aliases = aliases();
		Map<String, Map<String, Object>> samples = samples(before.keySet(), sample);
		long documents = counts.values().stream().mapToLong(Long::longValue).sum();
		log("noted %d indices, %,d documents, %,d bytes, %d sampled documents (%.1f s)", counts.size(), documents,
				before.values().stream().mapToLong(Long::longValue).sum(),
				samples.values().stream().mapToInt(Map::size).sum(), seconds(t));

		String name = "drill-" + STAMP.format(Instant.now());
		t = System.nanoTime();
		take(name);
		double snapshotSeconds = seconds(t);
		log("snapshot taken in %.1f s", snapshotSeconds);

		// New indices must not be created under the portal's names while they are gone (a backend writing to an alias
		// would create a plain index of that name, and the restore would then refuse the alias).
		Object autoCreate = Json.at(send("GET", "/_cluster/settings?flat_settings=true", null, 200), "persistent",
				"action.auto_create_index");
		boolean ok;
		double wipeSeconds;
		double restoreSeconds;
		try {
			send("PUT", "/_cluster/settings", Map.of("persistent", Map.of("action.auto_create_index", "false")), 200);
			t = System.nanoTime();
			send("DELETE", "/" + String.join(",", counts.keySet()), null, 200);
			wipeSeconds = seconds(t);
			if (!indices().isEmpty()) {
				log("wipe left indices behind: %s", indices().keySet());
				return false;
			}
			log("wiped %d indices in %.1f s", counts.size(), wipeSeconds);

			t = System.nanoTime();
			send("POST", "/_snapshot/" + this.repository + "/" + name + "/_restore?wait_for_completion=true",
					Map.of("indices", this.prefix + "*", "include_global_state", false, "include_aliases", true), 200);
			send("GET", "/_cluster/health/" + enc(this.prefix + "*") + "?wait_for_status=yellow&timeout=300s", null,
					200);
			restoreSeconds = seconds(t);
			log("restored in %.1f s (searchable: all primaries started)", restoreSeconds);
		}
		finally {
			Map<String, Object> previous = new LinkedHashMap<>();
			previous.put("action.auto_create_index", autoCreate);
			send("PUT", "/_cluster/settings", Map.of("persistent", previous), 200);
		}

		t = System.nanoTime();
		List<String> differences = new ArrayList<>();
		Map<String, Long> restoredCounts = counts(counts.keySet());
		counts.forEach((index, count) -> {
			if (!count.equals(restoredCounts.get(index))) {
				differences.add(index + ": " + count + " documents before, " + restoredCounts.get(index) + " after");
			}
		});
		if (!aliases.equals(aliases())) {
			differences.add("aliases before " + Json.write(aliases) + ", after " + Json.write(aliases()));
		}
		for (Map.Entry<String, Map<String, Object>> index : samples.entrySet()) {
			Map<String, Object> restored = documents(index.getKey(), index.getValue().keySet());
			index.getValue().forEach((id, source) -> {
				if (!Json.write(source).equals(Json.write(restored.get(id)))) {
					differences.add(index.getKey() + "/" + id + " differs after the restore");
				}
			});
		}
		// The drill's write block came back with the snapshot; lift it where the drill set it.
		if (!writable.isEmpty()) {
			send("PUT", "/" + String.join(",", writable) + "/_settings", Map.of("index.blocks.write", false), 200);
		}
		send("DELETE", "/_snapshot/" + this.repository + "/" + name, null, 200);
		ok = differences.isEmpty();
		log("compared %d indices, their aliases and %d sampled documents in %.1f s: %s", counts.size(),
				samples.values().stream().mapToInt(Map::size).sum(), seconds(t),
				ok ? "all equal" : differences.size() + " differences");
		differences.forEach(difference -> log("  %s", difference));
		System.out.println();
		System.out.printf(Locale.ROOT, "%-44s %12s %12s%n", "index", "before", "after");
		counts.forEach((index, count) -> System.out.printf(Locale.ROOT, "%-44s %,12d %,12d%n", index, count,
				restoredCounts.get(index)));
		System.out.printf(Locale.ROOT,
				"%ndocuments=%d snapshot_seconds=%.1f wipe_seconds=%.1f restore_seconds=%.1f total_seconds=%.1f result=%s%n",
				documents, snapshotSeconds, wipeSeconds, restoreSeconds, seconds(started), ok ? "PASS" : "FAIL");
		return ok;
	}

	// ---- data --------------------------------------------------------------------------------------------------------

	/**
	 * N more items: copies of one stored item with generated titles, summaries and bodies (the benchmark's
	 * generator), written with _bulk into the items alias, so the drill handles a catalogue of that size.
	 */
	@SuppressWarnings("unchecked")
	private void addItems(int n, long seed) throws Exception {
		long t = System.nanoTime();
		String alias = this.prefix + "items";
		Object found = send("POST", "/" + alias + "/_search", Map.of("size", 1), 200);
		Object first = Json.at(found, "hits", "hits", 0, "_source");
		if (!(first instanceof Map)) {
			throw new IllegalStateException("--items copies a stored item, and " + alias + " has none");
		}
		ItemGenerator generator = new ItemGenerator(seed);
		StringBuilder bulk = new StringBuilder();
		for (int i = 0; i < n; i++) {
			Map<String, Object> generated = Json.object(generator.line(i));
			Map<String, Object> item = (Map<String, Object>) Json.deepCopy(first);
			String id = "drill-" + seed + "-" + i;
			item.replace("id", id);
			item.replace("externalId", generated.get("externalId"));
			item.replace("slug", id);
			for (String field : List.of("title", "summary", "body")) {
				item.replace(field, generated.get(field));
			}
			item.replace("bodyText", generated.get("body"));
			item.remove("bodyHtml");
			if (item.get("suggest") instanceof Map<?, ?> suggest) {
				((Map<String, Object>) suggest).put("input", List.of(generated.get("title")));
			}
			bulk.append("{\"index\":{\"_id\":").append(Json.quote(id)).append("}}\n");
			bulk.append(Json.write(item)).append('\n');
			if ((i + 1) % BULK == 0 || i == n - 1) {
				Object answer = sendRaw("POST", "/" + alias + "/_bulk", bulk.toString(), "application/x-ndjson");
				if (Boolean.TRUE.equals(Json.at(answer, "errors"))) {
					throw new IllegalStateException("bulk refused items: " + Json.write(Json.at(answer, "items", 0)));
				}
				bulk.setLength(0);
			}
		}
		send("POST", "/" + alias + "/_refresh", null, 200);
		log("added %,d items to %s in %.1f s", n, alias, seconds(t));
	}

	private boolean exists(String path) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(this.es + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		return response.statusCode() == 200;
	}

	/** Concrete indices under the prefix with their store size in bytes, by name. */
	private Map<String, Long> indices() throws Exception {
		Object answer = send("GET", "/_cat/indices/" + enc(this.prefix + "*") + "?format=json&bytes=b&h=index,store.size",
				null, 200);
		Map<String, Long> indices = new TreeMap<>();
		for (Object row : (List<?>) answer) {
			Object size = Json.at(row, "store.size");
			indices.put(String.valueOf(Json.at(row, "index")), (size != null) ? Long.parseLong(size.toString()) : 0);
		}
		return indices;
	}

	private List<String> writable(Iterable<String> indices) throws Exception {
		List<String> writable = new ArrayList<>();
		for (String index : indices) {
			Object settings = send("GET", "/" + index + "/_settings/index.blocks.write?flat_settings=true", null, 200);
			if (!"true".equals(String.valueOf(Json.at(settings, index, "settings", "index.blocks.write")))) {
				writable.add(index);
			}
		}
		return writable;
	}

	private Map<String, Long> counts(Iterable<String> indices) throws Exception {
		Map<String, Long> counts = new TreeMap<>();
		for (String index : indices) {
			counts.put(index, Json.number(send("GET", "/" + index + "/_count", null, 200), "count"));
		}
		return counts;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> aliases() throws Exception {
		return new TreeMap<>((Map<String, Object>) send("GET", "/_alias/" + enc(this.prefix + "*"), null, 200));
	}

	/** A random sample of each index's documents (the same on every run of a seed), by id. */
	private Map<String, Map<String, Object>> samples(Iterable<String> indices, int size) throws Exception {
		Map<String, Map<String, Object>> samples = new TreeMap<>();
		for (String index : indices) {
			Object answer = send("POST", "/" + index + "/_search",
					Map.of("size", size, "query", Map.of("function_score", Map.of("random_score",
							Map.of("seed", 42, "field", "_seq_no")))), 200);
			Map<String, Object> documents = new TreeMap<>();
			for (Object hit : Json.list(answer, "hits", "hits")) {
				documents.put(String.valueOf(Json.at(hit, "_id")), Json.at(hit, "_source"));
			}
			samples.put(index, documents);
		}
		return samples;
	}

	private Map<String, Object> documents(String index, Iterable<String> ids) throws Exception {
		List<String> list = new ArrayList<>();
		ids.forEach(list::add);
		Map<String, Object> documents = new TreeMap<>();
		if (list.isEmpty()) {
			return documents;
		}
		Object answer = send("POST", "/" + index + "/_mget", Map.of("ids", list), 200);
		for (Object doc : Json.list(answer, "docs")) {
			documents.put(String.valueOf(Json.at(doc, "_id")), Json.at(doc, "_source"));
		}
		return documents;
	}

	// ---- HTTP --------------------------------------------------------------------------------------------------------

	private Object send(String method, String path, Object body, int expected) throws Exception {
		Object answer = sendRaw(method, path, (body != null) ? Json.write(body) : null, "application/json");
		return answer;
	}

	private Object sendRaw(String method, String path, String body, String contentType) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.es + path))
			.timeout(Duration.ofMinutes(30))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", contentType);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
					+ response.body());
		}
		return response.body().isEmpty() ? null : Json.parse(response.body());
	}

	private static String enc(String path) {
		return URLEncoder.encode(path, StandardCharsets.UTF_8).replace("%2A", "*").replace("%2C", ",");
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[%s] %s%n", DateTimeFormatter.ISO_LOCAL_TIME.format(
				java.time.LocalTime.now(ZoneOffset.UTC).withNano(0)), String.format(Locale.ROOT, format, args));
	}

}
