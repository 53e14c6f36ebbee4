import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * Does extracting the text of uploaded PDFs hold up other requests? Against a running portal: search latency with
 * nothing else going on (idle), then the same searches while N PDFs of P pages each are uploaded at once and their
 * text extracted (loaded). Prints both, and the upload times. Run through bin/bench-files. Uses
 * RegistrationBenchmark's login (the source launcher compiles both files).
 */
public class FileExtractionBenchmark {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

	private static final List<String> QUERIES = List.of("voorlezen", "ouderavond", "huisbezoek", "medezeggenschap",
			"koffieochtend", "ouderkamer", "rapportgesprek", "welkom nieuwe ouders", "sport en ouders", "taal thuis");

	private static final String[] WORDS = ("ouders school kind leerkracht gesprek samen thuis leren voorlezen taal "
			+ "partnerschap vertrouwen ontmoeting welkom ouderavond huisbezoek team visie plan afspraak wijk buurt sport "
			+ "opvang peuter kleuter groep mentor zorg opvoeding betrokkenheid informatie nieuwsbrief koffie ochtend "
			+ "verslag richtlijn borging dossier evaluatie onderzoek praktijk voorbeeld aanpak resultaat").split(" ");

	public static void main(String[] args) throws Exception {
		String portal = RegistrationBenchmark.arg(args, "--portal=", "http://127.0.0.1:8080");
		int pdfs = Integer.parseInt(RegistrationBenchmark.arg(args, "--pdfs=", "10"));
		int pages = Integer.parseInt(RegistrationBenchmark.arg(args, "--pages=", "50"));
		int idleSeconds = Integer.parseInt(RegistrationBenchmark.arg(args, "--idle-seconds=", "20"));

		ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
		RegistrationBenchmark.Member editor = RegistrationBenchmark.login(portal, "editor", executor);
		RegistrationBenchmark.Member reader = RegistrationBenchmark.login(portal, "member", executor);
		String run = LocalDateTime.now().withNano(0).toString();
		List<String> items = new ArrayList<>();
		for (int i = 0; i < pdfs; i++) {
			String json = """
					{"type":"PUBLICATION","title":"Benchmark bestanden %s nr %d","summary":"Een publicatie voor de benchmark.",
					 "partnerships":["INFORMAL"],"sectors":["EDUCATION"],"region":"UTRECHT","published":false}"""
				.formatted(run, i + 1);
			HttpResponse<String> created = RegistrationBenchmark.send(editor, "POST", portal + "/api/items", json);
			RegistrationBenchmark.require(created, 201);
			items.add(RegistrationBenchmark.match(ID, created.body()));
		}
		List<byte[]> files = new ArrayList<>();
		for (int i = 0; i < pdfs; i++) {
			files.add(pdf(pages, new Random(i)));
		}
		System.out.printf("Load average %s; %d PDFs of %d pages, %d kB each on average%n", loadAverage(), pdfs, pages,
				files.stream().mapToLong(f -> f.length).sum() / pdfs / 1024);

		try {
			// Warm-up: the first searches load caches and JIT-compile the path.
			searches(reader, portal, Duration.ofSeconds(5), null);
			List<Long> idle = searches(reader, portal, Duration.ofSeconds(idleSeconds), null);

			List<Long> uploads = Collections.synchronizedList(new ArrayList<>());
			List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
			long start = System.nanoTime();
			List<CompletableFuture<Void>> pending = new ArrayList<>();
			for (int i = 0; i < pdfs; i++) {
				String item = items.get(i);
				byte[] file = files.get(i);
				pending.add(CompletableFuture.runAsync(() -> {
					long t0 = System.nanoTime();
					try {
						statuses.add(upload(editor, portal + "/api/items/" + item + "/files", "rapport.pdf", file).statusCode());
					}
					catch (Exception ex) {
						statuses.add(-1);
					}
					uploads.add(System.nanoTime() - t0);
				}, executor));
			}
			CompletableFuture<Void> all = CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new));
			List<Long> loaded = searches(reader, portal, Duration.ofMinutes(10), all);
			all.join();
			double extractionSeconds = (System.nanoTime() - start) / 1e9;

			System.out.println();
			System.out.println("| search latency (GET /api/search, 1 client) | searches | p50 | p95 | p99 | max |");
			System.out.println("|---|---|---|---|---|---|");
			row("idle portal", idle);
			row("while " + pdfs + " PDFs of " + pages + " pages are uploaded and extracted", loaded);
			System.out.println();
			Collections.sort(uploads);
			System.out.printf("Uploads: %s answered in %.1f s all together; each upload p50 %.1f s, max %.1f s%n",
					statuses, extractionSeconds, uploads.get(uploads.size() / 2) / 1e9, uploads.getLast() / 1e9);
			System.out.printf("Load average after: %s%n", loadAverage());
			boolean ok = statuses.stream().allMatch(status -> status == 201);
			if (!ok) {
				System.out.println("Not every upload was accepted.");
			}
			System.exit(ok ? 0 : 1);
		}
		finally {
			for (String item : items) {
				RegistrationBenchmark.send(editor, "DELETE", portal + "/api/items/" + item, null);
			}
		}
	}

	/** One client searching one query after another until the time is up or {@code until} completes. */
	static List<Long> searches(RegistrationBenchmark.Member reader, String portal, Duration time,
			CompletableFuture<?> until) throws Exception {
		List<Long> latencies = new ArrayList<>();
		long end = System.nanoTime() + time.toNanos();
		int i = 0;
		while (System.nanoTime() < end && (until == null || !until.isDone())) {
			String query = QUERIES.get(i++ % QUERIES.size());
			long t0 = System.nanoTime();
			HttpResponse<String> response = RegistrationBenchmark.send(reader, "GET",
					portal + "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null);
			RegistrationBenchmark.require(response, 200);
			latencies.add(System.nanoTime() - t0);
		}
		return latencies;
	}

	static HttpResponse<String> upload(RegistrationBenchmark.Member member, String url, String name, byte[] content)
			throws Exception {
		String csrf = member.cookies()
			.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse("");
		String boundary = "bench" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofMinutes(10))
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", csrf)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return member.client().send(request, HttpResponse.BodyHandlers.ofString());
	}

	static void row(String what, List<Long> latencies) {
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("| %s | %d | %s | %s | %s | %s |%n", what, sorted.size(), ms(percentile(sorted, 0.50)),
				ms(percentile(sorted, 0.95)), ms(percentile(sorted, 0.99)), ms(sorted.getLast()));
	}

	static long percentile(List<Long> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
	}

	static String ms(long nanos) {
		return "%.1f ms".formatted(nanos / 1e6);
	}

	static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).substring(0, 14).strip();
		}
		catch (Exception ex) {
			return "?";
		}
	}

	/**
	 * A plain PDF with the given number of A4 pages of Dutch-looking text (Helvetica, 48 lines a page), written by hand
	 * so the benchmark needs nothing but the JDK.
	 */
	static byte[] pdf(int pages, Random random) {
		List<String> objects = new ArrayList<>();
		objects.add("<< /Type /Catalog /Pages 2 0 R >>");
		StringBuilder kids = new StringBuilder();
		for (int p = 0; p < pages; p++) {
			kids.append(4 + 2 * p).append(" 0 R ");
		}
		objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
		objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
		for (int p = 0; p < pages; p++) {
			StringBuilder text = new StringBuilder("BT /F1 10 Tf 14 TL 56 790 Td\n");
			for (int line = 0; line < 48; line++) {
				StringBuilder words = new StringBuilder();
				for (int w = 0; w < 12; w++) {
					words.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
				}
				text.append('(').append(words.toString().strip()).append(") Tj T*\n");
			}
			text.append("ET");
			objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
					+ "/Contents " + (5 + 2 * p) + " 0 R >>");
			objects.add("<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream");
		}
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append("%010d 00000 n \n".formatted(offset));
		}
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

}
