import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The catalogue benchmark (see bench/README.md and docs/performance.md): import throughput through the portal
 * against Elasticsearch's own {@code _bulk}; search latency and throughput through {@code /api/search} against the
 * portal's requests sent straight to Elasticsearch and against the requests it sent before issue 11 (the baseline),
 * each side sending for a query every request its code sends, in the same run on the same index; and autocomplete
 * latency. Expects a running stack (bin/bench-catalogue starts
 * one); uses JDK classes only.
 */
public class Bench {

	// ---- configuration ---------------------------------------------------------------------------------------------

	record Config(int items, long seed, int duration, int[] levels, String portal, String es, Path root, Path work,
			Path out, boolean profile, int warmItems, String command) {
	}

	static final String PREFIX = "kp-"; // portal.elasticsearch.prefix

	static final String ALIAS = PREFIX + "items";

	static final String DIRECT_INDEX = "kpbench-direct";

	static final int BATCH = 500; // ItemImportService.BATCH

	static final long MAX_IMPORT_REQUEST = 250L * 1024 * 1024; // the portal accepts 256 MB per import request

	static final List<String> SOURCE_FIELDS = List.of("slug", "type", "title", "summary", "partnerships", "aspects",
			"sectors", "region", "organisation", "publishedAt", "demo"); // ItemSource.FIELDS

	static final String[][] FACETS = { { "type", "type" }, { "partnership", "partnerships" },
			{ "aspect", "aspects" }, { "sector", "sectors" }, { "region", "region" } }; // SearchCriteria.Facet

	public static void main(String[] args) throws Exception {
		int items = 100_000;
		int warmItems = -1;
		long seed = 1;
		int duration = 20;
		int[] levels = { 1, 8, 32 };
		String portal = "http://127.0.0.1:28080";
		String es = "http://127.0.0.1:29200";
		Path root = Path.of(".").toAbsolutePath().normalize();
		Path work = null;
		Path out = null;
		boolean profile = false;
		String command = "bin/bench-catalogue " + String.join(" ", args);
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--items" -> items = Integer.parseInt(args[++i].replace("_", ""));
				case "--seed" -> seed = Long.parseLong(args[++i]);
				case "--duration" -> duration = Integer.parseInt(args[++i]);
				case "--clients" -> levels = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
				case "--portal" -> portal = args[++i];
				case "--es" -> es = args[++i];
				case "--root" -> root = Path.of(args[++i]);
				case "--work" -> work = Path.of(args[++i]);
				case "--out" -> out = Path.of(args[++i]);
				case "--profile" -> profile = true;
				case "--warm" -> warmItems = Integer.parseInt(args[++i].replace("_", ""));
				case "--command" -> command = args[++i];
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		if (work == null) {
			work = Files.createTempDirectory("kp-bench");
		}
		if (out == null) {
			out = root.resolve("bench/results/latest.json");
		}
		new Bench(new Config(items, seed, duration, levels, portal, es, root, work, out, profile, warmItems, command)).run();
	}

	// ---- state -----------------------------------------------------------------------------------------------------

	private final Config config;

	private final CookieManager editorCookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	/** The editor's browser: session and CSRF cookies, redirects followed by hand. */
	private final HttpClient editor;

	/** Anonymous visitors searching (keeps the CSRF cookie the portal hands out, as a browser would). */
	private final HttpClient visitors;

	/** Straight to Elasticsearch. */
	private final HttpClient elastic;

	/** Where the portal sends its searches: it reads the plain answer itself (ItemSearches). */
	private final URI searchUri;

	/** Where the baseline sent them: the typed client asks for typed aggregation and suggester names. */
	private final URI typedSearchUri;

	private final Map<String, Object> results = new LinkedHashMap<>();

	private final Procs procs;

	Bench(Config config) {
		this.config = config;
		this.editor = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(this.editorCookies)
			.build();
		this.visitors = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.build();
		this.elastic = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		this.procs = new Procs(URI.create(config.es()).getPort(), URI.create(config.portal()).getPort());
		this.searchUri = URI.create(config.es() + "/" + ALIAS + "/_search");
		this.typedSearchUri = URI.create(config.es() + "/" + ALIAS + "/_search?typed_keys=true");
	}

	void run() throws Exception {
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("date", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(Instant.now().atZone(ZoneId.systemDefault()).withNano(0)));
		meta.put("command", this.config.command());
		meta.put("items", this.config.items());
		meta.put("seed", this.config.seed());
		meta.put("durationPerLevelAndSide", this.config.duration());
		meta.put("clients", Arrays.stream(this.config.levels()).boxed().toList());
		meta.put("machine", machine());
		meta.put("loadAverageAtStart", loadAverage());
		meta.put("esHeap", System.getenv().getOrDefault("ES_HEAP", "512m"));
		this.results.put("meta", meta);
		log("Load average at start: %s (%d cores)", loadAverage(), Runtime.getRuntime().availableProcessors());
		log("Processes: backend %d, Elasticsearch %d", this.procs.backend, this.procs.es);

		login();
		List<String> synonymGroups = synonymGroups();

		// Autocomplete on the demo content alone: the issue's "under 50 ms p95 on the demo content".
		Map<String, Object> suggestions = new LinkedHashMap<>();
		suggestions.put("demoContent", suggestions("demo content (" + count("{\"match_all\":{}}") + " items)"));

		importPhase();

		List<Query> mix = queryMix(this.config.seed(), 4000, synonymGroups);
		this.results.put("validation", validate(mix, 30));
		this.results.put("highlightCost", highlightCost(mix, 20));
		this.results.put("search", searchPhase(mix));
		this.results.put("took", tookPerQuery(mix, 200));
		suggestions.put("fullCatalogue", suggestions("full catalogue (" + count("{\"match_all\":{}}") + " items)"));
		this.results.put("suggestions", suggestions);
		this.results.put("balanceResults", balanceResults());
		meta.put("loadAverageAtEnd", loadAverage());

		this.results.put("targets", targets());
		Files.createDirectories(this.config.out().getParent());
		Files.writeString(this.config.out(), Json.pretty(this.results));
		System.out.println();
		System.out.println(table());
		log("Results written to %s", this.config.out());
	}

	// ---- login through the real OIDC flow ----------------------------------------------------------------------------

	private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");

	private static final Pattern VALUE_ATTR = Pattern.compile("value=\"([^\"]*)\"");

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]*)\"");

	void login() throws Exception {
		HttpResponse<String> page = follow(URI.create(this.config.portal() + "/oauth2/authorization/kennisportaal"),
				null);
		Matcher input = CSRF_INPUT.matcher(page.body());
		if (page.statusCode() != 200 || !input.find()) {
			throw new IllegalStateException("expected the identity provider's login form, got " + page.statusCode()
					+ " at " + page.uri());
		}
		Matcher value = VALUE_ATTR.matcher(input.group());
		value.find();
		Matcher action = FORM_ACTION.matcher(page.body());
		URI loginUri = page.uri().resolve(action.find() ? action.group(1).replace("&amp;", "&") : "/login");
		String form = "username=editor&password=ouders-samen&_csrf=" + URLEncoder.encode(value.group(1),
				StandardCharsets.UTF_8);
		HttpResponse<String> back = follow(loginUri, form);
		HttpResponse<String> me = this.editor.send(HttpRequest.newBuilder(URI.create(this.config.portal() + "/api/me"))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
		if (me.statusCode() != 200 || !me.body().contains("EDITOR")) {
			throw new IllegalStateException("login did not give an editor session: /api/me answered "
					+ me.statusCode() + " " + me.body() + " (login ended at " + back.uri() + ")");
		}
		log("Logged in as editor through the OIDC flow (ended at %s)", back.uri());
	}

	/** GET (or POST a form), following redirects by hand with the editor's cookies; the last answer. */
	private HttpResponse<String> follow(URI uri, String form) throws Exception {
		HttpRequest request = (form == null) ? HttpRequest.newBuilder(uri).GET().build()
				: HttpRequest.newBuilder(uri)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build();
		for (int hop = 0; hop < 15; hop++) {
			HttpResponse<String> response = this.editor.send(request, HttpResponse.BodyHandlers.ofString());
			String location = response.headers().firstValue("Location").orElse(null);
			if (response.statusCode() / 100 != 3 || location == null) {
				return response;
			}
			request = HttpRequest.newBuilder(response.uri().resolve(location)).GET().build();
		}
		throw new IllegalStateException("too many redirects from " + uri);
	}

	private String xsrfToken() {
		for (HttpCookie cookie : this.editorCookies.getCookieStore().getCookies()) {
			if ("XSRF-TOKEN".equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		throw new IllegalStateException("no XSRF-TOKEN cookie after login");
	}

	@SuppressWarnings("unchecked")
	private List<String> synonymGroups() throws Exception {
		String body = get(this.visitors, this.config.portal() + "/api/search/synonyms");
		return (List<String>) (List<?>) Json.list(Json.parse(body), "groups");
	}

	// ---- import ------------------------------------------------------------------------------------------------------

	void importPhase() throws Exception {
		Map<String, Object> section = new LinkedHashMap<>();
		int n = this.config.items();
		long seed = this.config.seed();

		// Warm both paths up (JIT in the backend and the node) with items of another seed, then remove them. The
		// portal's import runs first, so too short a warm-up charges the node's JIT compilation to the portal: with
		// 5,000 items the node still used 1.5-1.7x the CPU per document for the portal's pass as for the direct one.
		int warm = (this.config.warmItems() > 0) ? Math.max(BATCH, this.config.warmItems() / BATCH * BATCH)
				: Math.max(BATCH, Math.min(20_000, n / 5) / BATCH * BATCH);
		long warmSeed = seed + 1_000_000;
		log("Warm-up: %d items of seed %d through the portal and straight into Elasticsearch", warm, warmSeed);
		List<Path> warmFiles = generate(warmSeed, warm, "warm");
		for (Path file : warmFiles) {
			portalImport(file);
		}
		BulkFile warmBulk = export("synth-" + warmSeed + "-", "warm-bulk.ndjson");
		createDirectIndex();
		directBulk(warmBulk);
		deleteDirectIndex();
		deleteByPrefix("synth-" + warmSeed + "-");
		Files.deleteIfExists(warmBulk.path());
		for (Path file : warmFiles) {
			Files.deleteIfExists(file);
		}

		log("Generating %,d items (seed %d)", n, seed);
		long g0 = System.nanoTime();
		List<Path> files = generate(seed, n, "items");
		long bytes = 0;
		for (Path f : files) {
			bytes += Files.size(f);
		}
		section.put("generated", Map.of("items", n, "bytes", bytes, "requests", files.size(), "seconds",
				round((System.nanoTime() - g0) / 1e9, 1)));

		// 1. Through the portal.
		settle();
		log("Import through the portal: %,d items, %,d bytes in %d request(s) ...", n, bytes, files.size());
		Snapshot before = snapshot();
		Profiler profiler = this.config.profile() ? Profiler.start(this.procs.backend, this.config.work(), "import-backend") : null;
		Profiler esProfiler = this.config.profile() ? Profiler.start(this.procs.es, this.config.work(), "import-es") : null;
		long t0 = System.nanoTime();
		long created = 0;
		long rejected = 0;
		for (Path file : files) {
			Map<String, Object> report = portalImport(file);
			created += Json.number(report, "created");
			rejected += Json.list(report, "rejected").size();
		}
		double portalSeconds = (System.nanoTime() - t0) / 1e9;
		Snapshot after = snapshot();
		long counted = count("{\"prefix\":{\"externalId\":\"synth-" + seed + "-\"}}");
		Map<String, Object> portal = new LinkedHashMap<>();
		portal.put("seconds", round(portalSeconds, 2));
		portal.put("docsPerSecond", round(n / portalSeconds, 0));
		portal.put("created", created);
		portal.put("rejected", rejected);
		portal.put("countAfterRefresh", counted);
		portal.put("resources", after.minus(before, n));
		if (profiler != null) {
			portal.put("profileBackend", profiler.stop());
			portal.put("profileElasticsearch", esProfiler.stop());
		}
		section.put("portal", portal);
		log("  portal: %.1f s, %,.0f docs/s (created %d, rejected %d, in index %d)", portalSeconds, n / portalSeconds,
				created, rejected, counted);
		if (created != n || counted != n) {
			throw new IllegalStateException("the portal import did not end with " + n + " items");
		}

		// 2. The same documents, as the portal stored them, straight into Elasticsearch with _bulk.
		log("Exporting the stored documents for the direct _bulk ...");
		BulkFile bulk = export("synth-" + seed + "-", "bulk.ndjson");
		createDirectIndex();
		settle();
		log("Direct _bulk: %,d documents, %d requests of %d, one after another ...", bulk.docs(), bulk.batches().size(), BATCH);
		before = snapshot();
		t0 = System.nanoTime();
		directBulk(bulk);
		double directSeconds = (System.nanoTime() - t0) / 1e9;
		after = snapshot();
		long directCount = countIn(DIRECT_INDEX, "{\"match_all\":{}}");
		Map<String, Object> direct = new LinkedHashMap<>();
		direct.put("seconds", round(directSeconds, 2));
		direct.put("docsPerSecond", round(n / directSeconds, 0));
		direct.put("bulkBytes", Files.size(bulk.path()));
		direct.put("countAfterRefresh", directCount);
		direct.put("resources", after.minus(before, n));
		section.put("direct", direct);
		section.put("ratioPortalToDirect", round(directSeconds / portalSeconds, 3));
		log("  direct: %.1f s, %,.0f docs/s (in index %d); portal/direct throughput %.2f", directSeconds,
				n / directSeconds, directCount, directSeconds / portalSeconds);
		if (directCount != n) {
			throw new IllegalStateException("the direct _bulk did not end with " + n + " documents");
		}
		deleteDirectIndex();

		// 3. Straight into Elasticsearch again, with the round trips the portal makes per batch (mget of the ids, a
		// terms search for the slugs, then the bulk), to tell Elasticsearch's share of the portal's time from the
		// backend's own.
		createDirectIndex();
		settle();
		log("Direct, emulating the portal's round trips per batch (mget + slug search + _bulk) ...");
		before = snapshot();
		Map<String, Object> emulation = directEmulatingPortal(bulk);
		after = snapshot();
		emulation.put("countAfterRefresh", countIn(DIRECT_INDEX, "{\"match_all\":{}}"));
		emulation.put("resources", after.minus(before, n));
		section.put("directWithPortalRoundTrips", emulation);
		log("  direct with the portal's round trips: %s s, %s docs/s (mget %s s, slug search %s s, _bulk %s s)",
				emulation.get("seconds"), emulation.get("docsPerSecond"), emulation.get("mgetSeconds"),
				emulation.get("searchSeconds"), emulation.get("bulkSeconds"));
		deleteDirectIndex();
		Files.deleteIfExists(bulk.path());
		for (Path file : files) {
			Files.deleteIfExists(file);
		}
		this.results.put("import", section);
	}

	/** Writes items to NDJSON files of at most MAX_IMPORT_REQUEST bytes, each a whole number of batches. */
	private List<Path> generate(long seed, int n, String name) throws IOException {
		ItemGenerator generator = new ItemGenerator(seed);
		List<Path> files = new ArrayList<>();
		BufferedWriter out = null;
		long written = 0;
		for (int i = 0; i < n; i++) {
			String line = generator.line(i) + "\n";
			byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
			if (out == null || (i % BATCH == 0 && written + (long) bytes.length * BATCH * 2 > MAX_IMPORT_REQUEST)) {
				if (out != null) {
					out.close();
				}
				Path file = this.config.work().resolve(name + "-" + (files.size() + 1) + ".ndjson");
				files.add(file);
				out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				written = 0;
			}
			out.write(line);
			written += bytes.length;
		}
		if (out != null) {
			out.close();
		}
		return files;
	}

	private Map<String, Object> portalImport(Path file) throws Exception {
		HttpResponse<String> response = this.editor.send(
				HttpRequest.newBuilder(URI.create(this.config.portal() + "/api/items/import"))
					.header("Content-Type", "application/x-ndjson")
					.header("X-XSRF-TOKEN", xsrfToken())
					.timeout(Duration.ofHours(1))
					.POST(HttpRequest.BodyPublishers.ofFile(file))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
		}
		return Json.object(response.body());
	}

	record BulkFile(Path path, List<long[]> batches, long docs) {
	}

	/** The documents as the portal stored them (point in time + search_after), as _bulk bodies of BATCH each. */
	private BulkFile export(String idPrefix, String name) throws Exception {
		Path path = this.config.work().resolve(name);
		String pit = (String) Json.at(Json.parse(send(this.elastic, "POST", this.config.es() + "/" + ALIAS
				+ "/_pit?keep_alive=2m", null)), "id");
		List<long[]> batches = new ArrayList<>();
		long docs = 0;
		try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
			file.setLength(0);
			List<Object> after = null;
			long batchStart = 0;
			int inBatch = 0;
			while (true) {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("size", 1000);
				body.put("query", Map.of("prefix", Map.of("externalId", idPrefix)));
				body.put("pit", Map.of("id", pit, "keep_alive", "2m"));
				body.put("sort", List.of(Map.of("_shard_doc", "asc")));
				if (after != null) {
					body.put("search_after", after);
				}
				Object page = Json.parse(send(this.elastic, "POST", this.config.es() + "/_search", Json.write(body)));
				List<Object> hits = Json.list(page, "hits", "hits");
				if (hits.isEmpty()) {
					break;
				}
				StringBuilder sb = new StringBuilder(hits.size() * 6000);
				for (Object hit : hits) {
					sb.append("{\"index\":{\"_id\":").append(Json.quote((String) Json.at(hit, "_id"))).append("}}\n");
					Json.write(sb, Json.at(hit, "_source"));
					sb.append('\n');
					docs++;
					if (++inBatch == BATCH) {
						byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
						file.write(bytes);
						sb.setLength(0);
						long end = file.getFilePointer();
						batches.add(new long[] { batchStart, end - batchStart });
						batchStart = end;
						inBatch = 0;
					}
				}
				file.write(sb.toString().getBytes(StandardCharsets.UTF_8));
				after = Json.list(hits.getLast(), "sort");
				if (Json.at(page, "pit_id") instanceof String newer) {
					pit = newer;
				}
			}
			long end = file.getFilePointer();
			if (end > batchStart) {
				batches.add(new long[] { batchStart, end - batchStart });
			}
		}
		finally {
			send(this.elastic, "DELETE", this.config.es() + "/_pit", "{\"id\":" + Json.quote(pit) + "}");
		}
		return new BulkFile(path, batches, docs);
	}

	/**
	 * The portal's index definition, as IndexDefinition and IndexLifecycle create it: the named shared analysis
	 * written out, synonym sets under the portal's prefix (the portal has created them by now), replicas 0 on one node.
	 */
	@SuppressWarnings("unchecked")
	private void createDirectIndex() throws Exception {
		Path definition = newestItemsDefinition();
		Map<String, Object> root = Json.object(Files.readString(definition));
		Map<String, Object> settings = (Map<String, Object>) root.get("settings");
		if (settings.get("analysis") instanceof String name) {
			settings.put("analysis", Json.object(Files.readString(this.config.root()
				.resolve("backend/src/main/resources/elasticsearch/analysis/" + name + ".json"))));
		}
		if (Json.at(settings, "analysis", "filter") instanceof Map<?, ?> filters) {
			for (Object filter : filters.values()) {
				if (filter instanceof Map<?, ?> f && f.get("synonyms_set") instanceof String set) {
					((Map<String, Object>) f).put("synonyms_set", PREFIX + set);
				}
			}
		}
		Map<String, Object> index = (Map<String, Object>) settings.get("index");
		index.put("number_of_replicas", 0);
		send(this.elastic, "DELETE", this.config.es() + "/" + DIRECT_INDEX + "?ignore_unavailable=true", null);
		send(this.elastic, "PUT", this.config.es() + "/" + DIRECT_INDEX, Json.write(root));
		send(this.elastic, "GET", this.config.es() + "/_cluster/health/" + DIRECT_INDEX
				+ "?wait_for_status=green&timeout=30s", null);
	}

	private Path newestItemsDefinition() throws IOException {
		Path folder = this.config.root().resolve("backend/src/main/resources/elasticsearch/indices/items");
		try (var files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().matches("v\\d+\\.json"))
				.max(Comparator.comparingInt(f -> Integer.parseInt(f.getFileName().toString().replaceAll("\\D", ""))))
				.orElseThrow();
		}
	}

	private void deleteDirectIndex() throws Exception {
		send(this.elastic, "DELETE", this.config.es() + "/" + DIRECT_INDEX, null);
	}

	/** _bulk requests one after another (as the portal's import does its batches), then a refresh. */
	private void directBulk(BulkFile bulk) throws Exception {
		try (RandomAccessFile file = new RandomAccessFile(bulk.path().toFile(), "r")) {
			for (long[] batch : bulk.batches()) {
				directBulkBatch(batch(file, batch));
			}
		}
		send(this.elastic, "POST", this.config.es() + "/" + DIRECT_INDEX + "/_refresh", null);
	}

	/** One batch of the bulk file, as it stands there. */
	private static byte[] batch(RandomAccessFile file, long[] batch) throws IOException {
		byte[] bytes = new byte[(int) batch[1]];
		file.seek(batch[0]);
		file.readFully(bytes);
		return bytes;
	}

	/** One _bulk request; fails unless Elasticsearch stored every document in it. */
	private void directBulkBatch(byte[] body) throws Exception {
		HttpResponse<String> response = this.elastic.send(
				HttpRequest.newBuilder(URI.create(this.config.es() + "/" + DIRECT_INDEX + "/_bulk"))
					.header("Content-Type", "application/x-ndjson")
					.POST(HttpRequest.BodyPublishers.ofByteArray(body))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		String head = response.body().substring(0, Math.min(200, response.body().length()));
		if (response.statusCode() != 200 || !head.contains("\"errors\":false")) {
			throw new IllegalStateException("_bulk failed: " + response.statusCode() + " "
					+ response.body().substring(0, Math.min(2000, response.body().length())));
		}
	}

	/** Per batch, one after another: _mget of its ids, a terms search for its slugs, the _bulk; then a refresh. */
	private Map<String, Object> directEmulatingPortal(BulkFile bulk) throws Exception {
		List<String[]> requests = new ArrayList<>(); // per batch: mget body, search body
		try (RandomAccessFile file = new RandomAccessFile(bulk.path().toFile(), "r")) {
			for (long[] batch : bulk.batches()) {
				byte[] bytes = batch(file, batch);
				List<Object> ids = new ArrayList<>();
				List<Object> slugs = new ArrayList<>();
				String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
				for (int i = 0; i + 1 < lines.length; i += 2) {
					ids.add(Json.at(Json.parse(lines[i]), "index", "_id"));
					slugs.add(Json.at(Json.parse(lines[i + 1]), "slug"));
				}
				requests.add(new String[] { Json.write(Map.of("ids", ids)), Json.write(ordered("query",
						Map.of("terms", Map.of("slug", slugs)), "size", slugs.size(), "_source", false, "fields",
						List.of("slug"))) });
			}
		}
		long mget = 0;
		long search = 0;
		long bulkNanos = 0;
		long t0 = System.nanoTime();
		try (RandomAccessFile file = new RandomAccessFile(bulk.path().toFile(), "r")) {
			for (int b = 0; b < bulk.batches().size(); b++) {
				long a = System.nanoTime();
				send(this.elastic, "POST", this.config.es() + "/" + DIRECT_INDEX + "/_mget", requests.get(b)[0]);
				long m = System.nanoTime();
				send(this.elastic, "POST", this.config.es() + "/" + DIRECT_INDEX + "/_search", requests.get(b)[1]);
				long q = System.nanoTime();
				directBulkBatch(batch(file, bulk.batches().get(b)));
				long w = System.nanoTime();
				mget += m - a;
				search += q - m;
				bulkNanos += w - q;
			}
		}
		long r0 = System.nanoTime();
		send(this.elastic, "POST", this.config.es() + "/" + DIRECT_INDEX + "/_refresh", null);
		long end = System.nanoTime();
		double seconds = (end - t0) / 1e9;
		return ordered("seconds", round(seconds, 2), "docsPerSecond", round(bulk.docs() / seconds, 0), "mgetSeconds",
				round(mget / 1e9, 2), "searchSeconds", round(search / 1e9, 2), "bulkSeconds", round(bulkNanos / 1e9, 2),
				"refreshSeconds", round((end - r0) / 1e9, 2));
	}

	private void deleteByPrefix(String prefix) throws Exception {
		// A page at a time (a search returns at most 10,000 hits); each bulk refreshes, so the next page is new.
		while (true) {
			Object page = Json.parse(send(this.elastic, "POST", this.config.es() + "/" + ALIAS + "/_search",
					"{\"size\":10000,\"_source\":false,\"query\":{\"prefix\":{\"externalId\":" + Json.quote(prefix) + "}}}"));
			StringBuilder body = new StringBuilder();
			for (Object hit : Json.list(page, "hits", "hits")) {
				body.append("{\"delete\":{\"_id\":").append(Json.quote((String) Json.at(hit, "_id"))).append("}}\n");
			}
			if (body.isEmpty()) {
				return;
			}
			send(this.elastic, "POST", this.config.es() + "/" + ALIAS + "/_bulk?refresh=true", body.toString());
		}
	}

	private long count(String query) throws Exception {
		return countIn(ALIAS, query);
	}

	private long countIn(String index, String query) throws Exception {
		return Json.number(Json.parse(send(this.elastic, "POST", this.config.es() + "/" + index + "/_count",
				"{\"query\":" + query + "}")), "count");
	}

	/** Waits until the node has no merges running, so the next phase does not pay for the previous one's. */
	private void settle() throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		int quiet = 0;
		while (System.nanoTime() < deadline && quiet < 3) {
			Object stats = Json.parse(send(this.elastic, "GET", this.config.es()
					+ "/_nodes/_local/stats/indices/merge", null));
			Map<?, ?> nodes = (Map<?, ?>) Json.at(stats, "nodes");
			Object node = nodes.values().iterator().next();
			quiet = (Json.number(node, "indices", "merges", "current") == 0) ? quiet + 1 : 0;
			Thread.sleep(500);
		}
	}

	// ---- resource accounting -----------------------------------------------------------------------------------------

	/** CPU of the processes involved and the node's own counters, at one moment. */
	record Snapshot(long nanos, long backendCpuMs, long esCpuMs, long benchCpuMs, Map<String, Long> es) {

		Map<String, Object> minus(Snapshot before, long docs) {
			double seconds = (this.nanos - before.nanos) / 1e9;
			Map<String, Object> m = new LinkedHashMap<>();
			long backend = this.backendCpuMs - before.backendCpuMs;
			long node = this.esCpuMs - before.esCpuMs;
			long bench = this.benchCpuMs - before.benchCpuMs;
			m.put("cpuSecondsBackend", round(backend / 1000.0, 1));
			m.put("cpuSecondsElasticsearch", round(node / 1000.0, 1));
			m.put("cpuSecondsBenchClient", round(bench / 1000.0, 1));
			m.put("cpuCoresBusyBackend", round(backend / 1000.0 / seconds, 2));
			m.put("cpuCoresBusyElasticsearch", round(node / 1000.0 / seconds, 2));
			m.put("cpuMsPerDocBackend", round((double) backend / docs, 3));
			m.put("cpuMsPerDocElasticsearch", round((double) node / docs, 3));
			Map<String, Object> counters = new LinkedHashMap<>();
			for (Map.Entry<String, Long> e : this.es.entrySet()) {
				counters.put(e.getKey(), e.getValue() - before.es.getOrDefault(e.getKey(), 0L));
			}
			m.put("elasticsearchCounters", counters);
			return m;
		}

	}

	private Snapshot snapshot() throws Exception {
		Object stats = Json.parse(send(this.elastic, "GET", this.config.es()
				+ "/_nodes/_local/stats/indices,process?level=node", null));
		Object node = ((Map<?, ?>) Json.at(stats, "nodes")).values().iterator().next();
		Map<String, Long> es = new LinkedHashMap<>();
		String[][] paths = { { "indexing", "index_total" }, { "indexing", "index_time_in_millis" },
				{ "get", "total" }, { "get", "time_in_millis" }, { "search", "query_total" },
				{ "search", "query_time_in_millis" }, { "search", "fetch_total" }, { "search", "fetch_time_in_millis" },
				{ "refresh", "total" }, { "refresh", "total_time_in_millis" }, { "merges", "total" },
				{ "merges", "total_time_in_millis" }, { "bulk", "total_operations" }, { "bulk", "total_time_in_millis" },
				{ "flush", "total" } };
		for (String[] p : paths) {
			es.put(p[0] + "." + p[1], Json.number(node, "indices", p[0], p[1]));
		}
		es.put("process.cpu_ms", Json.number(node, "process", "cpu", "total_in_millis"));
		return new Snapshot(System.nanoTime(), Procs.cpuMs(this.procs.backend), Procs.cpuMs(this.procs.es),
				Procs.cpuMs(ProcessHandle.current().pid()), es);
	}

	// ---- the search workload -------------------------------------------------------------------------------------------

	/**
	 * One search: text and selected facet values, as a portal URL, and the Elasticsearch requests the portal sends for
	 * it (direct) and sent before issue 11 (baseline). missQuery and missId are the search-misses document the query
	 * counts towards when it misses; null when the portal keeps none for it.
	 */
	record Query(String text, Map<String, List<String>> filters, URI portalUri, PortalSteps direct,
			BaselineSteps baseline, String missQuery, String missId) {
	}

	/**
	 * The portal's requests for one query, in the order it sends them, each only while the ones before found nothing,
	 * built once: EXACT, EXACT with the compound splits (null when the text has none), FORGIVING, RELAXED. The last,
	 * RELAXED on the corrected spelling, needs the spelling an answer gives, so it is built on first use and kept.
	 */
	record PortalSteps(byte[] exact, byte[] split, byte[] forgiving, byte[] relaxed,
			Function<String, byte[]> respelled) {
	}

	/** The requests the portal sent before issue 11, the same way: STRICT, STRICT with splits, RELAXED, respelled. */
	record BaselineSteps(byte[] strict, byte[] split, byte[] relaxed, Function<String, byte[]> respelled) {
	}

	/**
	 * What one side's requests for one query came to: the status (200 when every search answered 200), the searches
	 * and the search-miss requests sent, Elasticsearch's took of the first search and of all of them, the final
	 * answer (of the search that found something, else of the last) with its total and step, and the label the
	 * portal gives that answer (FEWER_WORDS, SPELLING or null).
	 */
	record Outcome(int status, int searches, int missRequests, long firstTook, long tookSum, long total, String step,
			String relaxed, byte[] answer) {

		int requests() {
			return this.searches + this.missRequests;
		}

	}

	List<Query> queryMix(long seed, int size, List<String> synonymGroups) throws IOException {
		CompoundParts dictionary = CompoundParts.read(this.config.root()
			.resolve("infra/analysis/nl-compound-parts.txt"));
		ItemGenerator.Rng r = new ItemGenerator.Rng(seed * 31 + 7);
		List<List<String>> groups = foldedGroups(synonymGroups);
		// Zipf-like: the first terms (ouders, kinderen, school, ...) are searched most.
		String[] terms = ItemGenerator.QUERY_TERMS;
		double[] cumulative = new double[terms.length];
		double total = 0;
		for (int i = 0; i < terms.length; i++) {
			total += 1 / Math.pow(i + 1, 0.8);
			cumulative[i] = total;
		}
		String[][] values = { ItemGenerator.TYPES, ItemGenerator.PARTNERSHIPS, ItemGenerator.ASPECTS,
				ItemGenerator.SECTORS, ItemGenerator.REGIONS };
		List<Query> mix = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			int words = 1 + r.nextInt(3);
			Set<String> chosen = new LinkedHashSet<>();
			while (chosen.size() < words) {
				double x = (r.nextLong() >>> 11) * 0x1.0p-53 * total;
				int k = 0;
				while (cumulative[k] < x) {
					k++;
				}
				chosen.add(terms[k]);
			}
			List<String> parts = new ArrayList<>(chosen);
			if (r.nextInt(100) < 12) { // a typo in one word of five letters or more
				for (int j = 0; j < parts.size(); j++) {
					if (parts.get(j).length() >= 5 && !parts.get(j).contains(" ")) {
						parts.set(j, typo(r, parts.get(j)));
						break;
					}
				}
			}
			String text = String.join(" ", parts);
			Map<String, List<String>> filters = new LinkedHashMap<>();
			int f = r.nextInt(100);
			int facetsWanted = (f < 50) ? 0 : (f < 85) ? 1 : 2;
			while (filters.size() < facetsWanted) {
				int facet = r.nextInt(FACETS.length);
				filters.putIfAbsent(FACETS[facet][0], List.of(ItemGenerator.pick(r, values[facet])));
			}
			StringBuilder url = new StringBuilder(this.config.portal()).append("/api/search?q=")
				.append(URLEncoder.encode(text, StandardCharsets.UTF_8));
			filters.forEach((facet, vs) -> vs.forEach(v -> url.append('&').append(facet).append('=').append(v)));
			url.append("&size=20");
			mix.add(query(text, filters, URI.create(url.toString()), dictionary, groups));
		}
		return mix;
	}

	/** Both sides' requests for one query, and the search-misses document it counts towards. */
	private static Query query(String text, Map<String, List<String>> filters, URI portalUri, CompoundParts parts,
			List<List<String>> groups) {
		List<String> readings = readings(text);
		List<String> splits = splitCompounds(text, parts);
		List<String> withSplits = new ArrayList<>(readings);
		withSplits.addAll(splits);
		PortalSteps direct = new PortalSteps(json(searchBody(text, readings, Strictness.EXACT, filters)),
				splits.isEmpty() ? null : json(searchBody(text, withSplits, Strictness.EXACT, filters)),
				json(searchBody(text, readings, Strictness.FORGIVING, filters)),
				json(searchBody(text, readings, Strictness.RELAXED, filters)),
				kept(corrected -> json(searchBody(corrected, readings(corrected), Strictness.RELAXED, filters))));
		List<String> variants = baselineVariants(text, groups);
		List<String> oldSplits = splitCompoundsBefore11(text);
		List<String> variantsWithSplits = new ArrayList<>(variants);
		variantsWithSplits.addAll(oldSplits);
		BaselineSteps baseline = new BaselineSteps(json(baselineBody(text, variants, false, filters)),
				oldSplits.isEmpty() ? null : json(baselineBody(text, variantsWithSplits, false, filters)),
				json(baselineBody(text, variants, true, filters)),
				kept(corrected -> json(baselineBody(corrected, baselineVariants(corrected, groups), true, filters))));
		String missQuery = missQuery(text);
		return new Query(text, filters, portalUri, direct, baseline, missQuery,
				(missQuery == null) ? null : missId(missQuery));
	}

	private static byte[] json(Object body) {
		return Json.write(body).getBytes(StandardCharsets.UTF_8);
	}

	/** The function, each answer kept after its first use (clients share it). */
	private static Function<String, byte[]> kept(Function<String, byte[]> build) {
		Map<String, byte[]> built = new ConcurrentHashMap<>();
		return key -> built.computeIfAbsent(key, build);
	}

	private static String typo(ItemGenerator.Rng r, String word) {
		int at = 1 + r.nextInt(word.length() - 2);
		return switch (r.nextInt(3)) {
			case 0 -> word.substring(0, at) + word.substring(at + 1); // a letter dropped
			case 1 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2); // swapped
			default -> word.substring(0, at) + "aeioutnrs".charAt(r.nextInt(9)) + word.substring(at + 1); // replaced
		};
	}

	/** One query's requests as one side sends them, one after another. */
	private final class Run {

		private final URI uri;

		private int status = 200;

		private int searches;

		private int missRequests;

		private long firstTook = -1;

		private long tookSum;

		private long total;

		private String step;

		private byte[] answer;

		Run(URI uri) {
			this.uri = uri;
		}

		/** Sends one search (the step called name); whether Elasticsearch answered 200. */
		boolean search(String name, byte[] body) throws Exception {
			HttpResponse<byte[]> response = Bench.this.elastic.send(HttpRequest.newBuilder(this.uri)
				.timeout(Duration.ofSeconds(180))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			this.searches++;
			if (response.statusCode() != 200) {
				this.status = response.statusCode();
				return false;
			}
			byte[] answer = response.body();
			long took = numberAfter(answer, TOOK);
			long total = numberAfter(answer, TOTAL);
			if (took < 0 || total < 0) { // not at the head of the answer after all: read it whole
				Object parsed = Json.parse(new String(answer, StandardCharsets.UTF_8));
				took = Json.number(parsed, "took");
				total = Json.number(parsed, "hits", "total", "value");
			}
			this.firstTook = (this.firstTook < 0) ? took : this.firstTook;
			this.tookSum += took;
			this.total = total;
			this.step = name;
			this.answer = answer;
			return true;
		}

		/** Sends one search; whether it ends the sequence: it failed, or it found something. */
		boolean ends(String name, byte[] body) throws Exception {
			return !search(name, body) || this.total > 0;
		}

		/** A GET or PUT of a search-misses document; its status and body. */
		HttpResponse<String> miss(String method, String uri, String body) throws Exception {
			HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(180));
			if (body != null) {
				b.header("Content-Type", "application/json");
			}
			b.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body));
			this.missRequests++;
			return Bench.this.elastic.send(b.build(), HttpResponse.BodyHandlers.ofString());
		}

		Outcome outcome(String relaxed) {
			return new Outcome(this.status, this.searches, this.missRequests, this.firstTook, this.tookSum, this.total,
					(this.total > 0) ? this.step : "nothing", relaxed, this.answer);
		}

	}

	private static final byte[] TOOK = "\"took\":".getBytes(StandardCharsets.UTF_8);

	private static final byte[] TOTAL = "\"hits\":{\"total\":{\"value\":".getBytes(StandardCharsets.UTF_8);

	/**
	 * The whole number after the first occurrence of key, -1 when there is none: took and the total are at the head
	 * of a search's answer, so the load does not parse the hits to learn whether to go on.
	 */
	static long numberAfter(byte[] json, byte[] key) {
		for (int i = 0; i + key.length < json.length; i++) {
			if (startsAt(json, i, key)) {
				long n = 0;
				int k = i + key.length;
				while (k < json.length && json[k] >= '0' && json[k] <= '9') {
					n = n * 10 + (json[k++] - '0');
				}
				return (k > i + key.length) ? n : -1;
			}
		}
		return -1;
	}

	private static boolean startsAt(byte[] json, int at, byte[] key) {
		for (int j = 0; j < key.length; j++) {
			if (json[at + j] != key[j]) {
				return false;
			}
		}
		return true;
	}

	// ---- mirrored from the portal: change together -----------------------------------------------------------------
	//
	// The portal's search, as it is (package nl.ouderbetrokkenheid.portal.search): TextNormalizer.fold; QueryText
	// (FILLER, QUESTION_WORDS, SHORT_STOP, isQuestion, contentWords, joinedCompounds, splitCompounds); CompoundParts
	// (reading infra/analysis/nl-compound-parts.txt, which the portal has on its classpath); TextQuery (Strictness,
	// readings, query) with SearchService.TEXT's fields; SearchService (search, split, relaxed, request, didYouMean);
	// SearchMisses (record, idOf, looksPersonal).
	// And as it was before issue 11 (commit b469bcb): QueryText's FILLER and splitCompounds, SynonymService.variants,
	// SearchService (search, variants, split, relaxed, textQuery, request). The requests are relevance order, page 0,
	// size 20, no dates; the field order inside them does not matter to Elasticsearch.

	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return decomposed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

	/** QueryText.FILLER before issue 11, which the baseline reads queries with. */
	static final Set<String> FILLER_BEFORE_11 = Set.of("kun", "kunt", "kunnen", "krijg", "krijgt", "krijgen", "welke",
			"welk", "waar", "wanneer", "waarom", "hoeveel", "jullie", "onze", "graag", "iemand", "manier", "manieren",
			"ideeen", "idee", "tips", "tip", "advies", "goede", "goed", "beste", "best", "handig", "handige", "zoek",
			"zoeken", "wil", "willen", "weet", "weten", "vind", "vinden", "gaan", "ga", "gaat", "maak", "maken",
			"aanpak", "aanpakken", "omgaan", "mee", "beter", "betere", "meer", "minder", "eigenlijk", "precies", "vraag",
			"vragen", "iets", "echt", "even", "ik", "mijn", "we", "wij", "ons", "hun", "wordt", "worden", "zou", "zouden",
			"moet", "moeten", "mag", "mogen", "nou", "toch", "via", "soort", "dingen", "ding", "heel", "erg");

	/** QueryText.FILLER: the words of before, and the verbs a question is asked with. */
	static final Set<String> FILLER = Stream.concat(FILLER_BEFORE_11.stream(), Stream.of("organiseer", "organiseren",
			"bereik", "bereiken", "komen", "komt", "doe", "bespreek", "bespreken", "leg", "uitleggen", "hou", "houden",
			"stel", "stelt", "stellen", "regel", "regelen", "pak", "help", "helpen", "zie", "zien"))
		.collect(Collectors.toUnmodifiableSet());

	static final Set<String> QUESTION_WORDS = Set.of("hoe", "wat", "waarom", "wanneer", "welke", "welk", "wie", "waar",
			"waarmee", "kan", "kun", "kunnen", "mag", "moet", "moeten", "is", "zijn", "heeft", "hebben", "wil", "werkt",
			"helpt", "zou");

	static final Set<String> SHORT_STOP = Set.of("een", "het", "van", "die", "dat", "met", "aan", "als", "had", "was",
			"ook", "tot", "uit", "der", "hij", "zij", "wat", "wil", "kan", "men", "dit", "zou", "ben", "nog", "hoe", "ons",
			"mij", "dan", "wie", "ter", "den", "des", "per", "bij", "voor", "door", "over", "naar", "niet", "maar",
			"zich", "haar", "hier", "daar", "deze", "zijn", "veel", "meer", "geen", "toch", "omdat", "onder");

	static final int MIN_SPLIT = 3;

	static final int MAX_SPLIT_WORD = 32;

	private static List<String> words(String text) {
		return Arrays.stream(text.strip().split("[\\s?!.,;:]+")).filter(word -> !word.isEmpty()).toList();
	}

	static boolean isQuestion(String text) {
		List<String> words = words(text);
		return text.strip().endsWith("?") || (words.size() >= 3 && QUESTION_WORDS.contains(fold(words.getFirst())));
	}

	static String contentWords(String text, Set<String> filler) {
		List<String> content = words(text).stream().filter(word -> !filler.contains(fold(word))).toList();
		return content.isEmpty() ? text.strip() : String.join(" ", content);
	}

	static List<String> joinedCompounds(String text, Set<String> filler) {
		List<String> words = words(text);
		List<String> joined = new ArrayList<>();
		for (int i = 0; i + 1 < words.size(); i++) {
			if (joinable(words.get(i), filler) && joinable(words.get(i + 1), filler)) {
				List<String> copy = new ArrayList<>(words);
				copy.set(i, words.get(i) + words.get(i + 1));
				copy.remove(i + 1);
				joined.add(String.join(" ", copy));
			}
		}
		if (words.size() == 3 && words.stream().allMatch(word -> joinable(word, filler))) {
			joined.add(String.join("", words));
		}
		return joined;
	}

	private static boolean joinable(String word, Set<String> filler) {
		return word.length() >= 2 && word.chars().allMatch(Character::isLetter) && !filler.contains(fold(word));
	}

	/** TextQuery.readings. */
	static List<String> readings(String text) {
		List<String> readings = new ArrayList<>();
		readings.add(text);
		joinedCompounds(text, FILLER).stream().filter(joined -> !readings.contains(joined)).forEach(readings::add);
		return readings;
	}

	/** QueryText.splitCompounds: a long word split before a compound part the dictionary knows, at most 6 ways. */
	static List<String> splitCompounds(String text, CompoundParts parts) {
		List<String> words = words(text);
		List<String> split = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (word.length() < 2 * MIN_SPLIT + 1 || word.length() > MAX_SPLIT_WORD
					|| !word.chars().allMatch(Character::isLetter)) {
				continue;
			}
			String folded = fold(word);
			for (int at = MIN_SPLIT; at <= word.length() - MIN_SPLIT && split.size() < 6; at++) {
				String head = folded.substring(0, at);
				String tail = folded.substring(at);
				if (SHORT_STOP.contains(head) || !(parts.endsCompound(tail) || parts.isCompound(tail))) {
					continue;
				}
				List<String> copy = new ArrayList<>(words);
				copy.set(i, word.substring(0, at) + " " + word.substring(at));
				split.add(String.join(" ", copy));
			}
		}
		return split;
	}

	/** CompoundParts. */
	static final class CompoundParts {

		private static final List<String> ENDINGS = List.of("en", "s", "e", "n");

		private static final Set<String> SHORT_HEADS = Set.of("app", "les", "dag", "bso", "kdv", "vve", "ikc", "gym");

		private final Set<String> parts;

		private CompoundParts(Set<String> parts) {
			this.parts = parts;
		}

		static CompoundParts read(Path list) throws IOException {
			return new CompoundParts(Files.readAllLines(list, StandardCharsets.UTF_8)
				.stream()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toUnmodifiableSet()));
		}

		boolean isCompound(String word) {
			for (int at = 3; at <= word.length() - 3; at++) {
				if ((this.parts.contains(word.substring(0, at)) || SHORT_HEADS.contains(word.substring(0, at)))
						&& endsCompound(word.substring(at))) {
					return true;
				}
			}
			return false;
		}

		boolean endsCompound(String word) {
			if (this.parts.contains(word) || SHORT_HEADS.contains(word)) {
				return true;
			}
			for (String ending : ENDINGS) {
				if (word.endsWith(ending) && this.parts.contains(word.substring(0, word.length() - ending.length()))) {
					return true;
				}
			}
			return false;
		}

	}

	/** TextQuery.Strictness. */
	enum Strictness {

		EXACT("3<80%", false), FORGIVING("3<80%", true), RELAXED("1<-1 3<50%", true);

		final String minimumShouldMatch;

		final boolean typos;

		Strictness(String minimumShouldMatch, boolean typos) {
			this.minimumShouldMatch = minimumShouldMatch;
			this.typos = typos;
		}

	}

	/**
	 * SearchService.request with TextQuery.query: per reading one cross_fields clause on the content words (questions
	 * need fewer of them unless RELAXED already does) and, when typos may match, the fuzzy best_fields clause on the
	 * plain fields (all words, or as many as RELAXED asks); the phrase clause; highlights on the plain fields only
	 * when typos may match; the term suggester only when FORGIVING.
	 */
	static Map<String, Object> searchBody(String text, List<String> readings, Strictness strictness,
			Map<String, List<String>> filters) {
		String required = (strictness != Strictness.RELAXED && isQuestion(text))
				? Strictness.RELAXED.minimumShouldMatch : strictness.minimumShouldMatch;
		List<Object> should = new ArrayList<>();
		for (String reading : readings) {
			String content = contentWords(reading, FILLER);
			should.add(crossFields(content, required));
			if (strictness.typos) {
				should.add(fuzzy(content,
						(strictness == Strictness.RELAXED) ? strictness.minimumShouldMatch : null));
			}
		}
		should.add(phrase(text));
		List<Object> highlight = new ArrayList<>(List.of(Map.of("title", Map.of("number_of_fragments", 0)),
				Map.of("bodyText", ordered("fragment_size", 160, "number_of_fragments", 2))));
		if (strictness.typos) {
			highlight.add(Map.of("title.plain", Map.of("number_of_fragments", 0)));
			highlight.add(Map.of("bodyText.plain", ordered("fragment_size", 160, "number_of_fragments", 2)));
		}
		Map<String, Object> body = requestBody(should, filters, highlight);
		if (strictness == Strictness.FORGIVING) {
			body.put("suggest", spelling(text));
		}
		return body;
	}

	/**
	 * SearchService.search, split and relaxed, sent straight to Elasticsearch: EXACT; while nothing is found, EXACT
	 * with the compound splits (when there are any), FORGIVING (which also asks the suggester), RELAXED, and RELAXED
	 * on the corrected spelling when the suggester corrected something; then the search miss.
	 */
	Outcome directSearch(Query q) throws Exception {
		PortalSteps steps = q.direct();
		Run run = new Run(this.searchUri);
		if (run.ends("exact", steps.exact()) || (steps.split() != null && run.ends("split", steps.split()))) {
			return run.outcome(null);
		}
		if (!run.search("forgiving", steps.forgiving())) {
			return run.outcome(null);
		}
		String corrected = didYouMean(q.text(), run.answer);
		if (run.total > 0) {
			return missed(q, run, (corrected == null) ? null : "SPELLING");
		}
		return relaxedThenRespelled(q, run, steps.relaxed(), steps.respelled(), corrected);
	}

	/** SearchService.didYouMean: the folded text, each word the suggester knows better replaced; null when none is. */
	static String didYouMean(String text, byte[] answer) {
		Object response = Json.parse(new String(answer, StandardCharsets.UTF_8));
		Object suggest = Json.at(response, "suggest");
		List<Object> suggestions = Json.list(suggest, (Json.at(suggest, "term#spelling") != null) ? "term#spelling"
				: "spelling");
		String corrected = fold(text);
		boolean changed = false;
		for (Object suggestion : suggestions) {
			List<Object> options = Json.list(suggestion, "options");
			if (!options.isEmpty()) {
				corrected = corrected.replace((String) Json.at(suggestion, "text"),
						(String) Json.at(options.getFirst(), "text"));
				changed = true;
			}
		}
		return changed ? corrected : null;
	}

	/**
	 * SearchService.search: a first-page search without filters that found nothing, or only when read loosely, is
	 * recorded as a miss before the answer goes out.
	 */
	private Outcome missed(Query q, Run run, String relaxed) throws Exception {
		if ((run.total == 0 || relaxed != null) && q.filters().isEmpty() && q.missId() != null) {
			recordMiss(q, run);
		}
		return run.outcome(relaxed);
	}

	/**
	 * SearchMisses.record: read the query's document, write it back with the count plus one if no one else has
	 * written since (or create it with 1), else again, at most 10 times. Failures are ignored, as the portal ignores
	 * them.
	 */
	private void recordMiss(Query q, Run run) throws Exception {
		String uri = this.config.es() + "/" + PREFIX + "search-misses/_doc/" + q.missId();
		for (int attempt = 0; attempt < 10; attempt++) {
			HttpResponse<String> current = run.miss("GET", uri, null);
			String write;
			long count;
			if (current.statusCode() == 404 && current.body().contains("\"found\":false")) {
				write = uri + "?op_type=create";
				count = 1;
			}
			else if (current.statusCode() == 200) {
				Object stored = Json.parse(current.body());
				long before = Json.number(stored, "_source", "count");
				count = ((before < 0) ? 1 : before) + 1;
				write = uri + "?if_seq_no=" + Json.number(stored, "_seq_no") + "&if_primary_term="
						+ Json.number(stored, "_primary_term");
			}
			else {
				return;
			}
			String document = Json.write(ordered("query", q.missQuery(), "count", count, "at",
					Instant.now().toString()));
			if (run.miss("PUT", write, document).statusCode() != 409) {
				return;
			}
		}
	}

	private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+");

	private static final Pattern PHONE = Pattern.compile("\\d(?:[\\s()./-]*\\d){8,}");

	/** The text as SearchMisses.record keeps it; null when it keeps nothing (empty, or looks personal). */
	static String missQuery(String text) {
		String folded = fold(text);
		String query = (folded.length() > 200) ? folded.substring(0, 200).strip() : folded;
		boolean personal = EMAIL.matcher(folded).find() || PHONE.matcher(folded).find();
		return (query.isEmpty() || personal) ? null : query;
	}

	/** SearchMisses.idOf. */
	static String missId(String query) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// -- before issue 11 (b469bcb) --

	/** QueryText.splitCompounds before issue 11: a long word split in two everywhere, at most 48 ways. */
	static List<String> splitCompoundsBefore11(String text) {
		List<String> words = words(text);
		List<String> split = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (word.length() < 2 * MIN_SPLIT + 1 || word.length() > MAX_SPLIT_WORD
					|| !word.chars().allMatch(Character::isLetterOrDigit)) {
				continue;
			}
			for (int at = MIN_SPLIT; at <= word.length() - MIN_SPLIT && split.size() < 48; at++) {
				String head = fold(word.substring(0, at));
				String tail = fold(word.substring(at));
				if (SHORT_STOP.contains(head) || SHORT_STOP.contains(tail)) {
					continue;
				}
				List<String> copy = new ArrayList<>(words);
				copy.set(i, word.substring(0, at) + " " + word.substring(at));
				split.add(String.join(" ", copy));
			}
		}
		return split;
	}

	static List<List<String>> foldedGroups(List<String> groups) {
		List<List<String>> folded = new ArrayList<>();
		for (String group : groups) {
			folded.add(Arrays.stream(group.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Bench::fold)
				.distinct()
				.toList());
		}
		return folded;
	}

	/** SynonymService.variants: the editors' synonyms swapped into the text, at most 8 variants. */
	static List<String> variants(String text, List<List<String>> groups) {
		String folded = fold(text);
		Set<String> variants = new LinkedHashSet<>();
		variants.add(text);
		for (List<String> group : groups) {
			for (String member : group) {
				Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(member) + "(?![\\p{L}\\p{N}])")
					.matcher(folded);
				if (!matcher.find()) {
					continue;
				}
				for (String other : group) {
					if (!other.equals(member) && variants.size() < 8) {
						variants.add(matcher.replaceAll(Matcher.quoteReplacement(other)));
					}
				}
			}
		}
		return List.copyOf(variants);
	}

	/** SearchService.variants: the synonym variants, then the joined compounds not among them. */
	static List<String> baselineVariants(String text, List<List<String>> groups) {
		List<String> variants = new ArrayList<>(variants(text, groups));
		joinedCompounds(text, FILLER_BEFORE_11).stream().filter(joined -> !variants.contains(joined))
			.forEach(variants::add);
		return variants;
	}

	/**
	 * SearchService.request with textQuery, before issue 11, STRICT or RELAXED: a cross_fields and a fuzzy best_fields
	 * clause per variant (the fuzzy one needing all words when STRICT), highlights on the plain fields too, and the
	 * term suggester on every search.
	 */
	static Map<String, Object> baselineBody(String text, List<String> variants, boolean relaxed,
			Map<String, List<String>> filters) {
		String required = relaxed ? "1<-1 3<50%" : "3<80%";
		List<Object> should = new ArrayList<>();
		for (String variant : variants) {
			String content = contentWords(variant, FILLER_BEFORE_11);
			should.add(crossFields(content, required));
			should.add(fuzzy(content, relaxed ? required : null));
		}
		should.add(phraseBefore11(text));
		Map<String, Object> body = requestBody(should, filters,
				List.of(Map.of("title", Map.of("number_of_fragments", 0)),
						Map.of("title.plain", Map.of("number_of_fragments", 0)),
						Map.of("bodyText", ordered("fragment_size", 160, "number_of_fragments", 2)),
						Map.of("bodyText.plain", ordered("fragment_size", 160, "number_of_fragments", 2))));
		body.put("suggest", spelling(text));
		return body;
	}

	/**
	 * SearchService.search, split and relaxed before issue 11: STRICT; while nothing is found, STRICT with the
	 * compound splits, RELAXED, and RELAXED on the spelling the first request's suggester corrected; then the miss.
	 */
	Outcome baselineSearch(Query q) throws Exception {
		BaselineSteps steps = q.baseline();
		Run run = new Run(this.typedSearchUri);
		if (run.ends("strict", steps.strict())) {
			return run.outcome(null);
		}
		String corrected = didYouMean(q.text(), run.answer);
		if (steps.split() != null && run.ends("split", steps.split())) {
			return run.outcome(null);
		}
		return relaxedThenRespelled(q, run, steps.relaxed(), steps.respelled(), corrected);
	}

	/**
	 * How both versions end once the stricter searches found nothing: RELAXED (what it finds is labelled
	 * FEWER_WORDS); while still nothing is found and the suggester corrected the spelling, RELAXED on the corrected
	 * text (labelled SPELLING); then the search miss.
	 */
	private Outcome relaxedThenRespelled(Query q, Run run, byte[] relaxed, Function<String, byte[]> respelled,
			String corrected) throws Exception {
		if (!run.search("relaxed", relaxed)) {
			return run.outcome(null);
		}
		if (run.total > 0) {
			return missed(q, run, "FEWER_WORDS");
		}
		if (corrected == null) {
			return missed(q, run, null);
		}
		if (!run.search("respelled", respelled.apply(corrected))) {
			return run.outcome(null);
		}
		return missed(q, run, (run.total > 0) ? "SPELLING" : null);
	}

	// -- shared by both --

	private static Object crossFields(String words, String minimumShouldMatch) {
		return Map.of("multi_match", ordered("query", words, "type", "cross_fields", "fields",
				List.of("title^3", "summary^2", "bodyText", "organisation"), "operator", "or", "minimum_should_match",
				minimumShouldMatch));
	}

	/** The typo clause: all words (minimumShouldMatch null), or as many as minimumShouldMatch asks. */
	private static Object fuzzy(String words, String minimumShouldMatch) {
		Map<String, Object> match = ordered("query", words, "type", "best_fields", "fields",
				List.of("title.plain^2", "summary.plain", "bodyText.plain"), "fuzziness", "AUTO", "prefix_length", 1,
				"boost", 0.4);
		if (minimumShouldMatch == null) {
			match.put("operator", "and");
		}
		else {
			match.put("operator", "or");
			match.put("minimum_should_match", minimumShouldMatch);
		}
		return Map.of("multi_match", match);
	}

	private static Object phrase(String text) {
		return Map.of("multi_match", ordered("query", text, "type", "phrase", "slop", 2, "fields",
				List.of("title^4", "summary^2"), "boost", 2.0));
	}

	/** The phrase clause before this work: the body too. */
	private static Object phraseBefore11(String text) {
		return Map.of("multi_match", ordered("query", text, "type", "phrase", "slop", 2, "fields",
				List.of("title^4", "summary^2", "bodyText"), "boost", 2.0));
	}

	private static Object spelling(String text) {
		return ordered("spelling", Map.of("term", ordered("field", "bodyText.plain", "size", 1, "prefix_length", 0)),
				"text", text);
	}
	/** What all the requests share (SearchService.request): filters, facets, sort, page, highlight tags. */
	private static Map<String, Object> requestBody(List<Object> should, Map<String, List<String>> filters,
			List<Object> highlightFields) {
		Object textQuery = Map.of("bool", ordered("should", should, "minimum_should_match", "1"));
		Object query = Map.of("bool", ordered("must", List.of(textQuery), "filter",
				List.of(Map.of("term", Map.of("published", Map.of("value", true))))));
		Map<String, Object> aggregations = new LinkedHashMap<>();
		for (String[] facet : FACETS) {
			aggregations.put("facet_" + facet[0], ordered("filter", facetFilter(filters, facet[0]), "aggregations",
					Map.of("values", Map.of("terms", ordered("field", facet[1], "size", 50)))));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("aggregations", aggregations);
		body.put("from", 0);
		body.put("highlight", ordered("encoder", "html", "fields", highlightFields, "post_tags", List.of("</mark>"),
				"pre_tags", List.of("<mark>")));
		body.put("post_filter", facetFilter(filters, null));
		body.put("query", query);
		body.put("size", 20);
		body.put("sort", List.of(Map.of("_score", Map.of("order", "desc")), Map.of("publishedAt", Map.of("order", "desc")),
				Map.of("slug", Map.of("order", "asc"))));
		body.put("_source", Map.of("includes", SOURCE_FIELDS));
		body.put("timeout", "10s");
		body.put("track_total_hits", true);
		return body;
	}

	private static Object facetFilter(Map<String, List<String>> filters, String leaveOut) {
		List<Object> clauses = new ArrayList<>();
		for (String[] facet : FACETS) {
			List<String> values = filters.get(facet[0]);
			if (!facet[0].equals(leaveOut) && values != null && !values.isEmpty()) {
				clauses.add(Map.of("terms", Map.of(facet[1], values)));
			}
		}
		return Map.of("bool", clauses.isEmpty() ? Map.of() : Map.of("filter", clauses));
	}

	// ---- end of the mirrored code ----------------------------------------------------------------------------------

	private static Map<String, Object> ordered(Object... kv) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		return m;
	}

	/**
	 * The first queries through the portal and as the portal's requests straight to Elasticsearch: does the direct
	 * side's final answer have the portal's total, the same hits in the same order, and the same label (fewer words,
	 * spelling, or none)? Also counts the queries that needed follow-up requests, by the step that answered.
	 */
	Map<String, Object> validate(List<Query> mix, int n) throws Exception {
		int sameTotal = 0;
		int sameHits = 0;
		int sameLabel = 0;
		int followedUp = 0;
		Map<String, Object> answeredBy = new LinkedHashMap<>();
		List<Object> differences = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Query q = mix.get(i);
			Object p = Json.parse(get(this.visitors, q.portalUri().toString()));
			Outcome d = directSearch(q);
			if (d.status() != 200) {
				throw new IllegalStateException("the direct requests for \"" + q.text() + "\" answered " + d.status());
			}
			Object answer = Json.parse(new String(d.answer(), StandardCharsets.UTF_8));
			long pTotal = Json.number(p, "total");
			List<Object> pIds = Json.list(p, "items").stream().map(h -> Json.at(h, "id")).toList();
			List<Object> dIds = Json.list(answer, "hits", "hits").stream().map(h -> Json.at(h, "_id")).toList();
			Object pLabel = Json.at(p, "relaxed", "reason");
			boolean label = Objects.equals(pLabel, d.relaxed());
			sameTotal += (pTotal == d.total()) ? 1 : 0;
			sameHits += pIds.equals(dIds) ? 1 : 0;
			sameLabel += label ? 1 : 0;
			followedUp += (d.searches() > 1) ? 1 : 0;
			answeredBy.merge(d.step(), 1L, (a, b) -> (Long) a + (Long) b);
			if ((pTotal != d.total() || !pIds.equals(dIds) || !label) && differences.size() < 5) {
				differences.add(ordered("q", q.text(), "filters", q.filters(), "portalTotal", pTotal, "directTotal",
						d.total(), "portalRelaxed", pLabel, "directStep", d.step(), "directRelaxed", d.relaxed()));
			}
		}
		log("Equivalence check on %d queries, the portal against the direct requests' final answer: same total %d, "
				+ "same hits in the same order %d, same label %d; %d needed follow-up requests (answered by %s)", n,
				sameTotal, sameHits, sameLabel, followedUp, answeredBy);
		Map<String, Object> v = ordered("queries", n, "sameTotal", sameTotal, "sameHitsInOrder", sameHits,
				"sameRelaxedLabel", sameLabel, "neededFollowUps", followedUp, "answeredByStep", answeredBy);
		if (!differences.isEmpty()) {
			v.put("differences", differences);
		}
		return v;
	}

	/**
	 * Where a search's time goes inside Elasticsearch: the first queries one after another, the portal's first
	 * request as sent, without highlighting, and with Elasticsearch's default weight-matches highlighting mode, which
	 * the items index turns off ("took", ms, server side).
	 */
	Map<String, Object> highlightCost(List<Query> mix, int n) throws Exception {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("queries", n);
		String[][] variants = { { "asShipped", null }, { "withoutHighlight", "none" },
				{ "weightMatchesModeOn", "setting" } };
		for (String[] variant : variants) {
			List<Long> took = new ArrayList<>();
			if ("setting".equals(variant[1])) {
				send(this.elastic, "PUT", this.config.es() + "/" + ALIAS + "/_settings",
						"{\"index.highlight.weight_matches_mode.enabled\":true}");
			}
			try {
				for (int i = 0; i < n; i++) {
					Map<String, Object> body = Json.object(new String(mix.get(i).direct().exact(),
							StandardCharsets.UTF_8));
					if ("none".equals(variant[1])) {
						body.remove("highlight");
					}
					took.add(took(Json.write(body).getBytes(StandardCharsets.UTF_8)));
				}
			}
			finally {
				if ("setting".equals(variant[1])) {
					send(this.elastic, "PUT", this.config.es() + "/" + ALIAS + "/_settings",
							"{\"index.highlight.weight_matches_mode.enabled\":false}");
				}
			}
			long[] sorted = took.stream().mapToLong(Long::longValue).sorted().toArray();
			m.put(variant[0], ordered("meanTookMs", round(Arrays.stream(sorted).average().orElse(0), 1), "p50TookMs",
					percentile(sorted, 50), "maxTookMs", sorted[sorted.length - 1]));
		}
		log("Elasticsearch time per search (took, %d queries one by one): as shipped %s ms, without highlight %s ms, "
				+ "with the default weight-matches highlighting %s ms (means)", n, Json.at(m, "asShipped", "meanTookMs"),
				Json.at(m, "withoutHighlight", "meanTookMs"), Json.at(m, "weightMatchesModeOn", "meanTookMs"));
		return m;
	}

	/**
	 * Elasticsearch's own time per search ("took", server side, so neither HTTP nor the portal counts), the first
	 * request's and the sum over the whole sequence a query takes, for the portal's requests and the baseline's: the
	 * same queries one at a time, taking turns which side goes first, so a query's second run does not always find
	 * the first one's pages cached for the same side.
	 */
	Map<String, Object> tookPerQuery(List<Query> mix, int n) throws Exception {
		settle();
		long[][] took = new long[4][n]; // new first, new whole, baseline first, baseline whole
		int[] followedUp = new int[2];
		for (int i = 0; i < n; i++) {
			Query q = mix.get(i);
			Outcome d;
			Outcome b;
			if (i % 2 == 0) {
				d = directSearch(q);
				b = baselineSearch(q);
			}
			else {
				b = baselineSearch(q);
				d = directSearch(q);
			}
			if (d.status() != 200 || b.status() != 200) {
				throw new IllegalStateException("the requests for \"" + q.text() + "\" answered " + d.status()
						+ " (portal's) and " + b.status() + " (baseline)");
			}
			took[0][i] = d.firstTook();
			took[1][i] = d.tookSum();
			took[2][i] = b.firstTook();
			took[3][i] = b.tookSum();
			followedUp[0] += (d.searches() > 1) ? 1 : 0;
			followedUp[1] += (b.searches() > 1) ? 1 : 0;
		}
		Map<String, Object> fresh = tookSummary(took[1]);
		fresh.put("queriesWithFollowUps", followedUp[0]);
		Map<String, Object> baseline = tookSummary(took[3]);
		baseline.put("queriesWithFollowUps", followedUp[1]);
		Map<String, Object> m = ordered("queries", n, "newQuery", tookSummary(took[0]), "newQueryWholeSequence", fresh,
				"baseline", tookSummary(took[2]), "baselineWholeSequence", baseline);
		log("Elasticsearch time per search (took, %d queries one by one): new query first request p50 %s ms (mean %s, "
				+ "p95 %s), whole sequence p50 %s ms (mean %s, p95 %s; %d with follow-ups) | baseline first request p50 "
				+ "%s ms (mean %s, p95 %s), whole sequence p50 %s ms (mean %s, p95 %s; %d with follow-ups)", n,
				Json.at(m, "newQuery", "p50TookMs"), Json.at(m, "newQuery", "meanTookMs"),
				Json.at(m, "newQuery", "p95TookMs"), fresh.get("p50TookMs"), fresh.get("meanTookMs"),
				fresh.get("p95TookMs"), followedUp[0], Json.at(m, "baseline", "p50TookMs"),
				Json.at(m, "baseline", "meanTookMs"), Json.at(m, "baseline", "p95TookMs"), baseline.get("p50TookMs"),
				baseline.get("meanTookMs"), baseline.get("p95TookMs"), followedUp[1]);
		return m;
	}

	private long took(byte[] body) throws Exception {
		return Json.number(Json.parse(send(this.elastic, "POST", this.searchUri.toString(),
				new String(body, StandardCharsets.UTF_8))), "took");
	}

	private static Map<String, Object> tookSummary(long[] took) {
		long[] sorted = took.clone();
		Arrays.sort(sorted);
		return ordered("meanTookMs", round(Arrays.stream(sorted).average().orElse(0), 1), "p50TookMs",
				percentile(sorted, 50), "p95TookMs", percentile(sorted, 95), "maxTookMs", sorted[sorted.length - 1]);
	}

	private int searchPass;

	Map<String, Object> searchPhase(List<Query> mix) throws Exception {
		this.searchPass++;
		Map<String, Object> section = new LinkedHashMap<>();
		section.put("mix", ordered("queries", mix.size(), "withFilters",
				mix.stream().filter(q -> !q.filters().isEmpty()).count(), "size", 20, "sort", "relevance",
				"example", mix.get(0).portalUri().toString()));
		section.put("sides", ordered("portal", "GET /api/search", "direct", "the portal's requests, straight to "
				+ ALIAS + "/_search: EXACT; while nothing is found, EXACT with the compound splits, FORGIVING with the "
				+ "suggester, RELAXED, RELAXED on the corrected spelling; then the search-miss write where the portal "
				+ "makes one", "baseline", "the requests before issue 11, straight to " + ALIAS + "/_search: STRICT "
				+ "with the suggester; while nothing is found, STRICT with the compound splits, RELAXED, RELAXED on "
				+ "the corrected spelling; then the search-miss write where the portal made one"));
		settle();
		log("Warm-up: 10 s each side at 8 clients");
		LongAdder directSent = new LongAdder();
		LongAdder baselineSent = new LongAdder();
		Load portal = new Load("portal", mix.size(), i -> request(this.visitors, mix.get(i).portalUri(), null), null);
		Load direct = new Load("direct", mix.size(), i -> counted(directSearch(mix.get(i)), directSent), directSent);
		Load baseline = new Load("baseline", mix.size(), i -> counted(baselineSearch(mix.get(i)), baselineSent),
				baselineSent);
		for (Load side : List.of(portal, direct, baseline, baseline, direct, portal)) {
			side.run(8, 5, null);
		}
		List<Object> levels = new ArrayList<>();
		for (int clients : this.config.levels()) {
			levels.add(level(clients, this.config.duration(), portal, direct, baseline,
					this.config.profile() && clients == this.config.levels()[this.config.levels().length - 1]));
		}
		section.put("levels", levels);
		return section;
	}

	/**
	 * One concurrency level: the three sides in alternating slices, four each (P D B B D P P D B B D P: every side's
	 * slices sit at the same places on average, and the portal always next to the direct side it is compared with),
	 * so all see the same machine.
	 */
	private Map<String, Object> level(int clients, int duration, Load portal, Load direct, Load baseline,
			boolean profile) throws Exception {
		log("%d client(s): %d s each through the portal, direct and baseline, in alternating slices ...", clients,
				duration);
		double slice = duration / 4.0;
		Stats p = new Stats();
		Stats d = new Stats();
		Stats b = new Stats();
		Profiler profiler = profile ? Profiler.start(this.procs.backend, this.config.work(),
				"search-backend-" + this.searchPass + "-" + clients) : null;
		for (char c : "PDBBDPPDBBDP".toCharArray()) {
			switch (c) {
				case 'P' -> portal.run(clients, slice, p);
				case 'D' -> direct.run(clients, slice, d);
				default -> baseline.run(clients, slice, b);
			}
		}
		Map<String, Object> level = new LinkedHashMap<>();
		level.put("clients", clients);
		level.put("loadAverage", loadAverage());
		Map<String, Object> ps = p.summary();
		Map<String, Object> ds = d.summary();
		Map<String, Object> bs = b.summary();
		if (p.count == 0 && d.count == 0 && b.count == 0) {
			throw new IllegalStateException("no request succeeded at " + clients + " clients, any way: did the stack "
					+ "stop? (errors: portal " + p.errorStatuses + ", direct " + d.errorStatuses + ", baseline "
					+ b.errorStatuses + ")");
		}
		level.put("portal", ps);
		level.put("direct", ds);
		level.put("baseline", bs);
		level.put("ratios", ratios(ps, ds));
		level.put("ratiosToBaseline", ratios(ps, bs));
		if (profiler != null) {
			level.put("profileBackend", profiler.stop());
		}
		log("  portal p50 %.1f p95 %.1f p99 %.1f ms, %.1f req/s | direct p50 %.1f p95 %.1f p99 %.1f ms, %.1f req/s | "
				+ "baseline p50 %.1f p95 %.1f p99 %.1f ms, %.1f req/s", ps.get("p50"), ps.get("p95"), ps.get("p99"),
				ps.get("throughput"), ds.get("p50"), ds.get("p95"), ds.get("p99"), ds.get("throughput"), bs.get("p50"),
				bs.get("p95"), bs.get("p99"), bs.get("throughput"));
		log("  portal/direct p50 %sx p95 %sx p99 %sx throughput %sx | portal/baseline p50 %sx throughput %sx | "
				+ "Elasticsearch requests per search: direct %s, baseline %s", Json.at(level, "ratios", "p50"),
				Json.at(level, "ratios", "p95"), Json.at(level, "ratios", "p99"), Json.at(level, "ratios", "throughput"),
				Json.at(level, "ratiosToBaseline", "p50"), Json.at(level, "ratiosToBaseline", "throughput"),
				ds.get("elasticsearchRequestsPerSearch"), bs.get("elasticsearchRequestsPerSearch"));
		return level;
	}

	/** The outcome's status, its requests added to sent. */
	private static int counted(Outcome outcome, LongAdder sent) {
		sent.add(outcome.requests());
		return outcome.status();
	}

	private static Map<String, Object> ratios(Map<String, Object> a, Map<String, Object> b) {
		return ordered("p50", ratio(a, b, "p50"), "p95", ratio(a, b, "p95"), "p99", ratio(a, b, "p99"), "throughput",
				ratio(a, b, "throughput"));
	}

	private static double ratio(Map<String, Object> a, Map<String, Object> b, String key) {
		return round((Double) a.get(key) / (Double) b.get(key), 2);
	}

	// ---- autocomplete ------------------------------------------------------------------------------------------------

	Map<String, Object> suggestions(String label) throws Exception {
		ItemGenerator.Rng r = new ItemGenerator.Rng(this.config.seed() * 17 + 3);
		List<String> words = new ArrayList<>(Arrays.asList(ItemGenerator.QUERY_TERMS));
		words.addAll(List.of("koffieochtend", "ouderkamer", "handreiking", "gesprekskaart", "voorleesochtend",
				"taalcafe", "startgesprek", "vadermiddag", "spelotheek", "toolkit", "onderzoek", "kijkwijzer"));
		List<URI> portalUris = new ArrayList<>();
		List<byte[]> bodies = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			String word = fold(words.get(r.nextInt(words.size())).split(" ")[0]);
			String prefix = word.substring(0, Math.min(word.length(), 2 + r.nextInt(5)));
			portalUris.add(URI.create(this.config.portal() + "/api/search/suggestions?q="
					+ URLEncoder.encode(prefix, StandardCharsets.UTF_8)));
			// BrowseService.suggestions, for reference
			bodies.add(Json.write(ordered("_source", Map.of("includes", List.of("slug", "title")), "suggest",
					Map.of("titles", ordered("prefix", prefix, "completion", ordered("field", "suggest", "size", 8,
							"skip_duplicates", true, "fuzzy", ordered("fuzziness", (prefix.length() >= 4) ? "1" : "0",
									"prefix_length", 2))))))
				.getBytes(StandardCharsets.UTF_8));
		}
		Load portal = new Load("portal", portalUris.size(), i -> request(this.visitors, portalUris.get(i), null), null);
		Load direct = new Load("direct", bodies.size(), i -> request(this.elastic, this.typedSearchUri, bodies.get(i)),
				null);
		portal.run(4, 30, null); // the backend has just started: let the JIT compile the request path first
		direct.run(4, 8, null);
		List<Object> levels = new ArrayList<>();
		int seconds = Math.max(6, this.config.duration() / 2);
		for (int clients : new int[] { 1, 8 }) {
			Stats p = new Stats();
			Stats d = new Stats();
			for (char c : "PDDP".toCharArray()) {
				if (c == 'P') {
					portal.run(clients, seconds / 2.0, p);
				}
				else {
					direct.run(clients, seconds / 2.0, d);
				}
			}
			Map<String, Object> ps = p.summary();
			Map<String, Object> ds = d.summary();
			levels.add(ordered("clients", clients, "portal", ps, "direct", ds));
			log("Suggestions on the %s, %d client(s): portal p50 %.1f p95 %.1f ms, %.0f req/s (direct p50 %.1f p95 %.1f ms)",
					label, clients, ps.get("p50"), ps.get("p95"), ps.get("throughput"), ds.get("p50"), ds.get("p95"));
		}
		return ordered("on", label, "levels", levels);
	}

	/**
	 * The balance scan's results with their recommendations (issue 12: within 150 ms p95 at 100,000 items): POST
	 * /api/balance/results with 500 different sets of 30 answers and a sector, as a logged-in member's page sends
	 * them, at 1 and 8 clients.
	 */
	Map<String, Object> balanceResults() throws Exception {
		String[] partnerships = { "INFORMAL", "FORMAL", "DIDACTIC", "PEDAGOGIC", "SOCIETAL" };
		String[] aspects = { "COMMUNICATION", "CULTURE", "ORGANISATION", "MATERIALS", "BUILDING", "ICT" };
		String[] levels = { "NOT_YET", "STARTING", "UNDERWAY", "SECURED", "NOT_APPLICABLE" };
		String[] sectors = { "VVE", "EDUCATION", "CARE", "CHILDCARE", "SPORT" };
		ItemGenerator.Rng r = new ItemGenerator.Rng(this.config.seed() * 31 + 7);
		List<byte[]> bodies = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			List<Object> answers = new ArrayList<>();
			for (String partnership : partnerships) {
				for (String aspect : aspects) {
					answers.add(ordered("partnership", partnership, "aspect", aspect, "level",
							levels[r.nextInt(levels.length)]));
				}
			}
			bodies.add(json(ordered("answers", answers, "sector", sectors[r.nextInt(sectors.length)])));
		}
		URI uri = URI.create(this.config.portal() + "/api/balance/results");
		String token = xsrfToken();
		Load load = new Load("balance", bodies.size(), i -> this.editor.send(HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i)))
			.build(), HttpResponse.BodyHandlers.discarding()).statusCode(), null);
		load.run(2, 10, null); // let the JIT compile the path first
		List<Object> measured = new ArrayList<>();
		for (int clients : new int[] { 1, 8 }) {
			Stats stats = new Stats();
			load.run(clients, Math.max(10, this.config.duration()), stats);
			Map<String, Object> summary = stats.summary();
			measured.add(ordered("clients", clients, "portal", summary));
			log("Balance results with recommendations, %d client(s): p50 %.1f p95 %.1f ms, %.0f req/s", clients,
					summary.get("p50"), summary.get("p95"), summary.get("throughput"));
		}
		return ordered("levels", measured);
	}

	// ---- load generation ------------------------------------------------------------------------------------------------

	@FunctionalInterface
	interface Call {

		/** Sends search number index (all the requests it takes); the HTTP status, 200 when all answered 200. */
		int send(int index) throws Exception;

	}

	private static int request(HttpClient client, URI uri, byte[] body) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(180));
		if (body == null) {
			b.GET();
		}
		else {
			b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
		}
		HttpResponse<byte[]> response = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
		return response.statusCode();
	}

	/** Latencies and counts of one side, over all its slices. */
	final class Stats {

		final List<long[]> latencies = new ArrayList<>();

		long count;

		long errors;

		final Map<Integer, Long> errorStatuses = new java.util.TreeMap<>();

		double activeSeconds;

		long cpuBackendMs;

		long cpuEsMs;

		long cpuBenchMs;

		/** Requests sent to Elasticsearch, for the sides that count them (-1: not counted). */
		long elasticRequests = -1;

		synchronized void add(long[] l, int n, long e, Map<Integer, Long> statuses) {
			this.latencies.add(Arrays.copyOf(l, n));
			this.count += n;
			this.errors += e;
			statuses.forEach((k, v) -> this.errorStatuses.merge(k, v, Long::sum));
		}

		Map<String, Object> summary() {
			long[] all = new long[(int) this.count];
			int k = 0;
			for (long[] l : this.latencies) {
				System.arraycopy(l, 0, all, k, l.length);
				k += l.length;
			}
			Arrays.sort(all);
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("requests", this.count);
			m.put("errors", this.errors);
			if (!this.errorStatuses.isEmpty()) {
				Map<String, Object> statuses = new LinkedHashMap<>();
				this.errorStatuses.forEach((code, times) -> statuses.put((code < 0) ? "no answer" : String.valueOf(code), times));
				m.put("errorStatuses", statuses);
			}
			m.put("p50", ms(percentile(all, 50)));
			m.put("p95", ms(percentile(all, 95)));
			m.put("p99", ms(percentile(all, 99)));
			m.put("max", ms((all.length > 0) ? all[all.length - 1] : 0));
			m.put("mean", ms((long) Arrays.stream(all).average().orElse(0)));
			m.put("throughput", round(this.count / this.activeSeconds, 1));
			m.put("seconds", round(this.activeSeconds, 1));
			m.put("cpuMsPerRequestBackend", round((double) this.cpuBackendMs / Math.max(1, this.count), 2));
			m.put("cpuMsPerRequestElasticsearch", round((double) this.cpuEsMs / Math.max(1, this.count), 2));
			m.put("cpuMsPerRequestBenchClient", round((double) this.cpuBenchMs / Math.max(1, this.count), 2));
			if (this.elasticRequests >= 0) {
				m.put("elasticsearchRequests", this.elasticRequests);
				m.put("elasticsearchRequestsPerSearch",
						round((double) this.elasticRequests / Math.max(1, this.count + this.errors), 2));
			}
			return m;
		}

	}

	static long percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length); // nearest rank
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	static double ms(long nanos) {
		return round(nanos / 1e6, 2);
	}

	/** Runs clients (virtual threads) through a query sequence; each side keeps its own place in the sequence. */
	final class Load {

		private final String name;

		private final int size;

		private final Call call;

		private final int[] next = new int[64];

		/** The Elasticsearch requests the calls send, when they count them; else null. */
		private final LongAdder sent;

		Load(String name, int size, Call call, LongAdder sent) {
			this.name = name;
			this.size = size;
			this.call = call;
			this.sent = sent;
			for (int c = 0; c < this.next.length; c++) {
				this.next[c] = (c * 997) % size; // clients start at different places of the same mix
			}
		}

		void run(int clients, double seconds, Stats stats) throws Exception {
			long cpuBackend = Procs.cpuMs(Bench.this.procs.backend);
			long cpuEs = Procs.cpuMs(Bench.this.procs.es);
			long cpuSelf = Procs.cpuMs(ProcessHandle.current().pid());
			long sentBefore = (this.sent != null) ? this.sent.sum() : 0;
			long start = System.nanoTime();
			long end = start + (long) (seconds * 1e9);
			long[] lastDone = new long[clients];
			List<Future<?>> futures = new ArrayList<>();
			try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
				for (int c = 0; c < clients; c++) {
					int client = c;
					futures.add(pool.submit(() -> {
						long[] lat = new long[1 << 16];
						int n = 0;
						long errors = 0;
						Map<Integer, Long> statuses = new java.util.HashMap<>();
						long t = System.nanoTime();
						while (t < end) {
							int index = this.next[client];
							this.next[client] = (index + 1) % this.size;
							int status;
							try {
								status = this.call.send(index);
							}
							catch (Exception ex) {
								status = -1;
							}
							long done = System.nanoTime();
							if (status == 200) {
								if (n == lat.length) {
									lat = Arrays.copyOf(lat, n * 2);
								}
								lat[n++] = done - t;
							}
							else {
								errors++;
								statuses.merge(status, 1L, Long::sum);
							}
							t = done;
						}
						lastDone[client] = t;
						if (stats != null) {
							stats.add(lat, n, errors, statuses);
						}
						return null;
					}));
				}
			}
			for (Future<?> f : futures) {
				f.get();
			}
			if (stats != null) {
				long finished = Arrays.stream(lastDone).max().orElse(end);
				synchronized (stats) {
					stats.activeSeconds += (finished - start) / 1e9;
					stats.cpuBackendMs += Procs.cpuMs(Bench.this.procs.backend) - cpuBackend;
					stats.cpuEsMs += Procs.cpuMs(Bench.this.procs.es) - cpuEs;
					stats.cpuBenchMs += Procs.cpuMs(ProcessHandle.current().pid()) - cpuSelf;
					if (this.sent != null) {
						stats.elasticRequests = Math.max(0, stats.elasticRequests) + this.sent.sum() - sentBefore;
					}
				}
			}
		}

	}

	// ---- processes, profiling, machine ---------------------------------------------------------------------------------

	/** The stack's processes, found by their command lines (their own ports), never by a broad name. */
	static final class Procs {

		final long es;

		final long backend;

		Procs(int esPort, int portalPort) {
			this.es = find("elasticsearch-node.jar", "-Ehttp.port=" + esPort);
			this.backend = find("backend.jar", "--server.port=" + portalPort);
		}

		static long find(String jar, String marker) {
			try (var dirs = Files.list(Path.of("/proc"))) {
				for (Path dir : dirs.toList()) {
					String name = dir.getFileName().toString();
					if (!name.chars().allMatch(Character::isDigit)) {
						continue;
					}
					try {
						String cmd = new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8)
							.replace('\0', ' ');
						if (cmd.contains(jar) && cmd.contains(marker + " ") && cmd.contains("/bin/java")) {
							return Long.parseLong(name);
						}
					}
					catch (IOException ex) {
						// gone meanwhile
					}
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			return -1;
		}

		static long cpuMs(long pid) {
			if (pid <= 0) {
				return 0;
			}
			return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(Duration::toMillis).orElse(0L);
		}

	}

	/** JFR on another JVM (jcmd), summarised with `jfr view hot-methods`. Only with --profile. */
	static final class Profiler {

		private final long pid;

		private final Path file;

		private final String name;

		private Profiler(long pid, Path file, String name) {
			this.pid = pid;
			this.file = file;
			this.name = name;
		}

		static Profiler start(long pid, Path work, String name) throws Exception {
			Path file = work.resolve(name + ".jfr");
			exec(jdkTool("jcmd"), String.valueOf(pid), "JFR.start", "name=" + name, "settings=profile",
					"filename=" + file);
			return new Profiler(pid, file, name);
		}

		Map<String, Object> stop() throws Exception {
			exec(jdkTool("jcmd"), String.valueOf(this.pid), "JFR.stop", "name=" + this.name);
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("recording", this.file.toString());
			for (String view : new String[] { "hot-methods", "allocation-by-class" }) {
				String text = exec(jdkTool("jfr"), "view", "--width", "160", view, this.file.toString());
				Path saved = this.file.resolveSibling(this.name + "-" + view + ".txt");
				Files.writeString(saved, text);
				m.put(view, text.lines().limit(30).toList());
			}
			return m;
		}

		private static String jdkTool(String tool) {
			return Path.of(System.getProperty("java.home"), "bin", tool).toString();
		}

		private static String exec(String... command) throws Exception {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor();
			return out;
		}

	}

	static Map<String, Object> machine() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("cores", Runtime.getRuntime().availableProcessors());
		try {
			String mem = Files.readAllLines(Path.of("/proc/meminfo")).getFirst();
			m.put("memory", mem.replaceAll("\\s+", " "));
			String cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(l -> l.startsWith("model name"))
				.findFirst()
				.map(l -> l.substring(l.indexOf(':') + 1).strip())
				.orElse("?");
			m.put("cpu", cpu);
		}
		catch (IOException ex) {
			// not Linux
		}
		m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		return m;
	}

	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	// ---- targets and the table -------------------------------------------------------------------------------------------

	@SuppressWarnings("unchecked")
	Map<String, Object> targets() {
		Map<String, Object> t = new LinkedHashMap<>();
		Map<String, Object> imp = (Map<String, Object>) this.results.get("import");
		double importRatio = (Double) imp.get("ratioPortalToDirect");
		t.put("importAtLeast0.8xDirect", ordered("value", importRatio, "met", importRatio >= 0.8));
		Object one = null;
		Object top = null;
		for (Object l : Json.list(this.results.get("search"), "levels")) {
			if (Json.number(l, "clients") == 1) {
				one = l;
			}
			if (Json.number(l, "clients") == 32) {
				top = l;
			}
		}
		if (top != null) {
			targetsAt32(t, top);
		}
		if (one != null) {
			double p50 = (Double) Json.at(one, "portal", "p50");
			t.put("searchP50AtMost40msAt1Client", answered(one, ordered("value", p50, "met", p50 <= 40)));
		}
		Object took = this.results.get("took");
		if (took != null) {
			long p50 = Json.number(took, "newQuery", "p50TookMs");
			t.put("elasticsearchTookP50AtMost25msNewQuery", ordered("value", p50, "met", p50 <= 25, "note",
					"first request; whole sequence " + Json.number(took, "newQueryWholeSequence", "p50TookMs")
							+ " ms; baseline first request " + Json.number(took, "baseline", "p50TookMs")
							+ " ms, whole sequence " + Json.number(took, "baselineWholeSequence", "p50TookMs") + " ms"));
		}
		Object balance = this.results.get("balanceResults");
		if (balance != null) {
			Object single = Json.list(balance, "levels").getFirst();
			double p95 = (Double) Json.at(single, "portal", "p95");
			t.put("balanceResultsP95AtMost150msAt1Client", answered(single, ordered("value", p95, "met", p95 <= 150)));
		}
		Object demo = Json.at(this.results.get("suggestions"), "demoContent", "levels");
		double worst = 0;
		for (Object l : Json.list(demo)) {
			worst = Math.max(worst, (Double) Json.at(l, "portal", "p95"));
		}
		t.put("suggestionsP95Under50msOnDemoContent", ordered("value", worst, "met", worst < 50));
		return t;
	}

	/** The portal against its own request sent direct, and against the baseline, at 32 clients. */
	private static void targetsAt32(Map<String, Object> t, Object level) {
		double p50 = (Double) Json.at(level, "ratios", "p50");
		double tp = (Double) Json.at(level, "ratios", "throughput");
		double baseline = (Double) Json.at(level, "ratiosToBaseline", "throughput");
		t.put("searchP50AtMost1.1xDirectAt32Clients", answered(level, ordered("value", p50, "met", p50 <= 1.1)));
		t.put("searchThroughputAtLeast0.9xDirectAt32Clients", answered(level, ordered("value", tp, "met", tp >= 0.9)));
		t.put("searchThroughputAtLeast3xBaselineAt32Clients",
				answered(level, ordered("value", baseline, "met", baseline >= 3)));
	}

	/** A portal figure only counts when the portal answered (almost) every request at that level. */
	private static Map<String, Object> answered(Object level, Map<String, Object> target) {
		long requests = Json.number(level, "portal", "requests");
		long errors = Json.number(level, "portal", "errors");
		if (errors > 0.01 * (requests + errors)) {
			target.put("met", false);
			target.put("note", errors + " of " + (requests + errors) + " portal requests failed");
		}
		return target;
	}

	@SuppressWarnings("unchecked")
	String table() {
		StringBuilder sb = new StringBuilder();
		Map<String, Object> meta = (Map<String, Object>) this.results.get("meta");
		sb.append("Catalogue benchmark, ").append(meta.get("date")).append(", ").append(meta.get("items"))
			.append(" items, load average ").append(meta.get("loadAverageAtStart")).append(" -> ")
			.append(meta.get("loadAverageAtEnd")).append('\n');
		sb.append(markdownTables());
		return sb.toString();
	}

	/** The figures as Markdown tables (also what docs/performance.md shows). */
	@SuppressWarnings("unchecked")
	String markdownTables() {
		StringBuilder sb = new StringBuilder();
		Object imp = this.results.get("import");
		sb.append("\n| Import | seconds | docs/s | backend CPU s | Elasticsearch CPU s |\n|---|---:|---:|---:|---:|\n");
		for (String side : new String[] { "portal", "direct" }) {
			sb.append(String.format(Locale.ROOT, "| %s | %.1f | %,.0f | %.1f | %.1f |%n",
					side.equals("portal") ? "portal `POST /api/items/import`" : "direct `_bulk` (500/request, sequential)",
					Json.at(imp, side, "seconds"), Json.at(imp, side, "docsPerSecond"),
					Json.at(imp, side, "resources", "cpuSecondsBackend"),
					Json.at(imp, side, "resources", "cpuSecondsElasticsearch")));
		}
		if (Json.at(imp, "directWithPortalRoundTrips") != null) {
			Object e = Json.at(imp, "directWithPortalRoundTrips");
			sb.append(String.format(Locale.ROOT, "| direct, with the portal's round trips (mget %s s + slug search %s s + _bulk %s s) | %.1f | %,.0f | %.1f | %.1f |%n",
					Json.at(e, "mgetSeconds"), Json.at(e, "searchSeconds"), Json.at(e, "bulkSeconds"), Json.at(e, "seconds"),
					Json.at(e, "docsPerSecond"), Json.at(e, "resources", "cpuSecondsBackend"),
					Json.at(e, "resources", "cpuSecondsElasticsearch")));
		}
		sb.append(String.format(Locale.ROOT, "| **ratio portal/direct `_bulk` (docs/s)** | | **%.2f** | | |%n",
				Json.at(imp, "ratioPortalToDirect")));
		searchTable(sb, "Search: portal, its requests direct, the baseline (the requests before issue 11) direct",
				this.results.get("search"));
		Object took = this.results.get("took");
		if (took != null) {
			sb.append(String.format(Locale.ROOT, "%nElasticsearch time per search (took, %d queries one by one; p50, "
					+ "mean, p95 in ms): new query first request %s, %s, %s; whole sequence %s, %s, %s (%s queries with "
					+ "follow-ups). Baseline first request %s, %s, %s; whole sequence %s, %s, %s (%s with follow-ups)%n",
					Json.number(took, "queries"), Json.at(took, "newQuery", "p50TookMs"),
					Json.at(took, "newQuery", "meanTookMs"), Json.at(took, "newQuery", "p95TookMs"),
					Json.at(took, "newQueryWholeSequence", "p50TookMs"),
					Json.at(took, "newQueryWholeSequence", "meanTookMs"),
					Json.at(took, "newQueryWholeSequence", "p95TookMs"),
					Json.at(took, "newQueryWholeSequence", "queriesWithFollowUps"),
					Json.at(took, "baseline", "p50TookMs"), Json.at(took, "baseline", "meanTookMs"),
					Json.at(took, "baseline", "p95TookMs"), Json.at(took, "baselineWholeSequence", "p50TookMs"),
					Json.at(took, "baselineWholeSequence", "meanTookMs"),
					Json.at(took, "baselineWholeSequence", "p95TookMs"),
					Json.at(took, "baselineWholeSequence", "queriesWithFollowUps")));
		}
		Object hc = this.results.get("highlightCost");
		if (hc != null) {
			sb.append(String.format(Locale.ROOT, "%nElasticsearch time per search of the new query (took, mean of %d "
					+ "queries one by one): as shipped %s ms, without highlighting %s ms, with the default weight-matches "
					+ "highlighting %s ms%n", Json.number(hc, "queries"), Json.at(hc, "asShipped", "meanTookMs"),
					Json.at(hc, "withoutHighlight", "meanTookMs"), Json.at(hc, "weightMatchesModeOn", "meanTookMs")));
		}
		sb.append("\n| Suggestions | clients | portal p50 ms | portal p95 ms | portal p99 ms | portal req/s | direct p50 ms | direct p95 ms |\n")
			.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
		for (String on : new String[] { "demoContent", "fullCatalogue" }) {
			Object s = Json.at(this.results.get("suggestions"), on);
			for (Object l : Json.list(s, "levels")) {
				sb.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f |%n",
						Json.at(s, "on"), Json.number(l, "clients"), Json.at(l, "portal", "p50"),
						Json.at(l, "portal", "p95"), Json.at(l, "portal", "p99"), Json.at(l, "portal", "throughput"),
						Json.at(l, "direct", "p50"), Json.at(l, "direct", "p95")));
			}
		}
		sb.append("\n| Target | value | met |\n|---|---:|---|\n");
		((Map<String, Object>) this.results.get("targets")).forEach((k, v) -> sb.append(String.format(Locale.ROOT,
				"| %s | %s | %s |%n", k, Json.at(v, "value"), (Boolean.TRUE.equals(Json.at(v, "met")) ? "yes" : "**no**")
						+ ((Json.at(v, "note") != null) ? " (" + Json.at(v, "note") + ")" : ""))));
		return sb.toString();
	}

	private static void searchTable(StringBuilder sb, String title, Object search) {
		sb.append("\n").append(title).append("\n\n");
		sb.append("| clients | side | p50 ms | p95 ms | p99 ms | searches/s | searches | errors | ES requests/search "
				+ "| backend CPU ms/search | ES CPU ms/search |\n")
			.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Object l : Json.list(search, "levels")) {
			for (String side : new String[] { "portal", "direct", "baseline" }) {
				Object s = Json.at(l, side);
				Object sent = Json.at(s, "elasticsearchRequestsPerSearch");
				sb.append(String.format(Locale.ROOT,
						"| %d | %s | %.1f | %.1f | %.1f | %.2f | %d | %d | %s | %.1f | %.1f |%n",
						Json.number(l, "clients"), side, Json.at(s, "p50"), Json.at(s, "p95"), Json.at(s, "p99"),
						Json.at(s, "throughput"), Json.number(s, "requests"), Json.number(s, "errors"),
						(sent != null) ? sent : "", Json.at(s, "cpuMsPerRequestBackend"),
						Json.at(s, "cpuMsPerRequestElasticsearch")));
			}
			String[][] ratios = { { "ratios", "portal/direct" }, { "ratiosToBaseline", "portal/baseline" } };
			for (String[] r : ratios) {
				sb.append(String.format(Locale.ROOT,
						"| %d | **%s** | **%.2f** | **%.2f** | **%.2f** | **%.2f** | | | | | |%n",
						Json.number(l, "clients"), r[1], Json.at(l, r[0], "p50"), Json.at(l, r[0], "p95"),
						Json.at(l, r[0], "p99"), Json.at(l, r[0], "throughput")));
			}
		}
	}

	// ---- small helpers ---------------------------------------------------------------------------------------------------

	private String get(HttpClient client, String uri) throws Exception {
		HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 200) {
			throw new IllegalStateException("GET " + uri + " answered " + r.statusCode() + ": " + r.body());
		}
		return r.body();
	}

	private static String send(HttpClient client, String method, String uri, String body) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofMinutes(5));
		if (body != null) {
			b.header("Content-Type", uri.contains("_bulk") ? "application/x-ndjson" : "application/json");
		}
		b.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() / 100 != 2) {
			throw new IllegalStateException(method + " " + uri + " answered " + r.statusCode() + ": "
					+ r.body().substring(0, Math.min(1000, r.body().length())));
		}
		return r.body();
	}

	static double round(double v, int digits) {
		double f = Math.pow(10, digits);
		return Math.round(v * f) / f;
	}

	static void log(String format, Object... args) {
		System.out.printf(Locale.ROOT, "[%s] %s%n",
				DateTimeFormatter.ofPattern("HH:mm:ss").format(Instant.now().atZone(ZoneId.systemDefault())),
				String.format(Locale.ROOT, format, args));
		System.out.flush();
	}

}
