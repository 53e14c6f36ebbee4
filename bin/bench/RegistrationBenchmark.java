import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fires N concurrent registrations by N distinct logged-in demo members (member-1..member-N of the local identity
 * provider) at one event with S seats over HTTP against a running portal, then checks the result from the
 * organiser's attendee list. Run through bin/bench-registrations.
 */
public class RegistrationBenchmark {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");

	private static final Pattern NUMBER = Pattern.compile("\"%s\"\\s*:\\s*(\\d+)");

	record Member(String username, HttpClient client, CookieManager cookies) {
	}

	/** A member's final answer: the registration's status, already-registered, or why there is none. */
	record Outcome(String answer, int attempts) {

		boolean registered() {
			return this.answer.matches("CONFIRMED|WAITLISTED|already-registered");
		}

	}

	public static void main(String[] args) throws Exception {
		String portal = arg(args, "--portal=", "http://127.0.0.1:8080");
		int members = Integer.parseInt(arg(args, "--members=", "1000"));
		int seats = Integer.parseInt(arg(args, "--seats=", "100"));
		int loginConcurrency = Integer.parseInt(arg(args, "--login-concurrency=", "16"));

		ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
		Member organiser = login(portal, "organiser", executor);
		String eventId = createEvent(portal, organiser, "Benchmark", seats);
		System.out.printf("Event %s with %d seats; logging in %d members ...%n", eventId, seats, members);
		List<Member> logged = loginMembers(portal, members, loginConcurrency, executor);

		// Everyone waits at the gate, then all registrations go at once.
		CountDownLatch gate = new CountDownLatch(1);
		ConcurrentHashMap<String, Integer> statuses = new ConcurrentHashMap<>();
		ConcurrentHashMap<String, Integer> errors = new ConcurrentHashMap<>();
		long[] latencies = new long[logged.size()];
		List<CompletableFuture<Void>> attempts = new ArrayList<>();
		for (int i = 0; i < logged.size(); i++) {
			Member member = logged.get(i);
			int index = i;
			attempts.add(CompletableFuture.runAsync(() -> {
				try {
					gate.await();
					long t0 = System.nanoTime();
					// A 503 (the portal shedding load) or a dropped connection is tried again, as Retry-After says.
					Outcome outcome = registerUntilAnswered(portal, eventId, member, errors,
							t0 + Duration.ofMinutes(5).toNanos());
					latencies[index] = System.nanoTime() - t0;
					statuses.merge(outcome.answer(), 1, Integer::sum);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}, executor));
		}
		long t0 = System.nanoTime();
		gate.countDown();
		CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new)).join();
		double drain = (System.nanoTime() - t0) / 1e9;

		long[] sorted = latencies.clone();
		java.util.Arrays.sort(sorted);
		String attendees = require(send(organiser, "GET", portal + "/api/events/" + eventId + "/attendees", null), 200)
			.body();
		int confirmedSeats = Integer.parseInt(match(Pattern.compile(NUMBER.pattern().formatted("confirmedSeats")), attendees));
		int confirmed = Integer.parseInt(match(Pattern.compile(NUMBER.pattern().formatted("confirmed")), attendees));
		int waitlisted = Integer.parseInt(match(Pattern.compile(NUMBER.pattern().formatted("waitlisted")), attendees));
		int accepted = statuses.getOrDefault("CONFIRMED", 0) + statuses.getOrDefault("WAITLISTED", 0);
		int overbooked = Math.max(0, confirmedSeats - seats);
		int lost = accepted - (confirmed + waitlisted);

		System.out.println();
		System.out.println("Event registrations benchmark");
		System.out.printf("  attempts:            %d distinct members, %d seats%n", logged.size(), seats);
		System.out.printf("  answers:             %s%n", statuses);
		System.out.printf("  tried again after:   %s%n", errors.isEmpty() ? "nothing" : errors);
		System.out.printf("  drain time:          %.2f s%n", drain);
		System.out.printf("  throughput:          %.0f registrations/s%n", logged.size() / drain);
		System.out.printf("  latency p50 / p99 (until answered):   %d ms / %d ms (max %d ms)%n", sorted[sorted.length / 2] / 1_000_000,
				sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1_000_000, sorted[sorted.length - 1] / 1_000_000);
		System.out.printf("  ledger:              %d confirmed (%d seats), %d waitlisted%n", confirmed, confirmedSeats,
				waitlisted);
		System.out.printf("  overbooked:          %d%n", overbooked);
		System.out.printf("  lost:                %d%n", lost);
		executor.shutdown();
		System.exit((overbooked == 0 && lost == 0 && accepted == logged.size()) ? 0 : 1);
	}

	/**
	 * One member's registration, tried again after every error until it has an answer: 201 (confirmed or
	 * waitlisted) or 409 already-registered (an earlier attempt got through, its answer was lost on the way).
	 */
	static Outcome registerUntilAnswered(String portal, String eventId, Member member,
			Map<String, Integer> errors, long deadline) {
		int attempt = 0;
		while (System.nanoTime() < deadline) {
			attempt++;
			long delayMillis = Math.min(2000, 100L * attempt);
			try {
				HttpResponse<String> response = send(member, "POST",
						portal + "/api/events/" + eventId + "/registrations", "{\"answers\":{}}");
				int code = response.statusCode();
				if (code == 201) {
					return new Outcome(match(STATUS, response.body()), attempt);
				}
				if (code == 409 && response.body().contains("already-registered")) {
					return new Outcome("already-registered", attempt);
				}
				errors.merge("HTTP " + code, 1, Integer::sum);
				if (code < 500) {
					return new Outcome("refused " + code + ": " + response.body(), attempt);
				}
				delayMillis = response.headers()
					.firstValue("Retry-After")
					.map(seconds -> Long.parseLong(seconds) * 1000)
					.orElse(delayMillis);
			}
			catch (Exception ex) {
				errors.merge(ex.getClass().getSimpleName(), 1, Integer::sum);
			}
			try {
				Thread.sleep(delayMillis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return new Outcome("gave up", attempt);
	}

	/** Creates and publishes an event with the given seats, starting in 20 days; answers its id. */
	static String createEvent(String portal, Member organiser, String name, int seats) throws Exception {
		String title = name + " " + LocalDateTime.now().withNano(0);
		LocalDateTime start = LocalDateTime.now().plusDays(20).withHour(19).withMinute(0).withSecond(0).withNano(0);
		String eventJson = """
				{"title":"%s","kind":"CONFERENCE","scope":"NATIONAL","venue":{"name":"Benchmarkzaal","city":"Utrecht"},
				 "startsAt":"%s","endsAt":"%s","capacity":%d,"partnerships":[],"aspects":[],"sectors":[],"questions":[]}"""
			.formatted(title, start, start.plusHours(2), seats);
		HttpResponse<String> created = send(organiser, "POST", portal + "/api/events", eventJson);
		require(created, 201);
		String eventId = match(ID, created.body());
		require(send(organiser, "POST", portal + "/api/events/" + eventId + "/publish", null), 200);
		return eventId;
	}

	/** Logs in member-1..member-N, a few at a time, in that order. */
	static List<Member> loginMembers(String portal, int members, int concurrency, ExecutorService executor) {
		long loginStart = System.nanoTime();
		Member[] logged = new Member[members];
		Semaphore permits = new Semaphore(concurrency);
		List<CompletableFuture<Void>> logins = new ArrayList<>();
		for (int i = 1; i <= members; i++) {
			String username = "member-" + i;
			int index = i - 1;
			logins.add(CompletableFuture.runAsync(() -> {
				permits.acquireUninterruptibly();
				try {
					logged[index] = login(portal, username, executor);
				}
				catch (Exception ex) {
					throw new IllegalStateException(username + ": " + ex, ex);
				}
				finally {
					permits.release();
				}
			}, executor));
		}
		CompletableFuture.allOf(logins.toArray(CompletableFuture[]::new)).join();
		System.out.printf("Logged in %d members in %.1f s%n", members, (System.nanoTime() - loginStart) / 1e9);
		return List.of(logged);
	}

	/** Logs in, checking the session works ({@code GET /api/me}); a login that failed under load is tried again. */
	static Member login(String portal, String username, ExecutorService executor) throws Exception {
		Exception last = null;
		for (int attempt = 1; attempt <= 3; attempt++) {
			try {
				Member member = loginOnce(portal, username, executor);
				if (send(member, "GET", portal + "/api/me", null).statusCode() == 200) {
					return member;
				}
				last = new IllegalStateException("no session after logging in " + username);
			}
			catch (Exception ex) {
				last = ex;
			}
		}
		throw new IllegalStateException("login of " + username + " failed: " + causes(last), last);
	}

	static String causes(Throwable ex) {
		StringBuilder chain = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause()) {
			chain.append(chain.isEmpty() ? "" : " <- ").append(t);
		}
		return chain.toString();
	}

	/** The browser's login: portal -> identity provider login form -> back to the portal with a session. */
	static Member loginOnce(String portal, String username, ExecutorService executor) throws Exception {
		CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		// HTTP/1.1: the default HTTP/2 upgrade attempt (h2c) left some requests hanging on this machine.
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.ALWAYS)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(executor)
			.build();
		HttpResponse<String> loginPage = client.send(
				HttpRequest.newBuilder(URI.create(portal + "/oauth2/authorization/kennisportaal")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(loginPage.body());
		String form = "username=" + enc(username) + "&password=" + enc("ouders-samen")
				+ (csrf.find() ? "&_csrf=" + enc(csrf.group(1) != null ? csrf.group(1) : csrf.group(2)) : "");
		URI loginUri = loginPage.uri();
		HttpResponse<String> done = client.send(HttpRequest.newBuilder(loginUri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (!done.uri().toString().startsWith(portal)) {
			throw new IllegalStateException("login of " + username + " ended at " + done.uri());
		}
		Member member = new Member(username, client, cookies);
		send(member, "GET", portal + "/api/status", null); // fetches the CSRF cookie
		return member;
	}

	static HttpResponse<String> send(Member member, String method, String url, String json) throws Exception {
		String csrf = member.cookies()
			.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse("");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofMinutes(2))
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", csrf);
		if (json != null) {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return member.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static HttpResponse<String> require(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException("Expected " + status + " from " + response.uri() + ", got "
					+ response.statusCode() + ": " + response.body());
		}
		return response;
	}

	static String match(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("No " + pattern + " in " + text);
		}
		return matcher.group(1);
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String arg(String[] args, String prefix, String fallback) {
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				return arg.substring(prefix.length());
			}
		}
		return fallback;
	}

}
