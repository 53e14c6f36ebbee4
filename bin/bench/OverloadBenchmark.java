import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Overload against a running portal (bin/run): first the capacity (searches per second a few closed-loop clients
 * get out of it), then open-loop arrivals at 1x and 4x that rate, each for a while. Searches are anonymous; during
 * each phase logged-in members also register for an event (each exactly once, trying again after a 503 as
 * Retry-After says). Prints per phase: throughput, p50/p99 latency of the answered requests, the share of 503s,
 * client timeouts (must be 0) and registrations lost (must be 0). Run through bin/bench-overload.
 */
public class OverloadBenchmark {

	private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);

	private static final String[] QUERIES = { "ouders", "huisbezoek", "school", "gesprek", "ouderavond", "taal",
			"koffieochtend", "betrokkenheid", "leerkracht", "voorlezen" };

	record Phase(String name, double offered, double served, long p50, long p99, double shed, long timeouts,
			Map<String, Integer> statuses, int registered, int lost, Map<String, Integer> retried) {
	}

	public static void main(String[] args) throws Exception {
		String portal = RegistrationBenchmark.arg(args, "--portal=", "http://127.0.0.1:8080");
		int seconds = Integer.parseInt(RegistrationBenchmark.arg(args, "--seconds=", "20"));
		int members = Integer.parseInt(RegistrationBenchmark.arg(args, "--members=", "200"));
		int probeClients = Integer.parseInt(RegistrationBenchmark.arg(args, "--probe-clients=", "16"));
		String capacityArg = RegistrationBenchmark.arg(args, "--capacity=", "");
		ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.executor(executor)
			.connectTimeout(CLIENT_TIMEOUT)
			.build();

		double capacity = capacityArg.isEmpty() ? probe(http, portal, probeClients, seconds, executor)
				: Double.parseDouble(capacityArg);
		System.out.printf("Capacity: %.0f searches/s (%d closed-loop clients, %d s)%n", capacity, probeClients, seconds);

		RegistrationBenchmark.Member organiser = RegistrationBenchmark.login(portal, "organiser", executor);
		List<RegistrationBenchmark.Member> logged = RegistrationBenchmark.loginMembers(portal, 2 * members, 8,
				executor);
		List<Phase> phases = new ArrayList<>();
		for (int factor : new int[] { 1, 4 }) {
			String eventId = RegistrationBenchmark.createEvent(portal, organiser, "Overload " + factor + "x", members / 2);
			List<RegistrationBenchmark.Member> registering = logged.subList((factor == 1) ? 0 : members,
					(factor == 1) ? members : 2 * members);
			phases.add(phase(factor + "x", http, portal, capacity * factor, seconds, registering, eventId, organiser,
					executor));
		}

		System.out.println();
		System.out.println("Overload benchmark (searches at a fixed arrival rate, registrations alongside)");
		System.out.printf("  %-5s %9s %9s %9s %9s %7s %9s %11s %5s%n", "load", "offered/s", "served/s", "p50 ms",
				"p99 ms", "503 %", "timeouts", "registered", "lost");
		for (Phase p : phases) {
			System.out.printf("  %-5s %9.0f %9.0f %9d %9d %7.1f %9d %11d %5d%n", p.name(), p.offered(), p.served(),
					p.p50(), p.p99(), p.shed() * 100, p.timeouts(), p.registered(), p.lost());
			System.out.printf("        searches: %s; registrations tried again after: %s%n", p.statuses(),
					p.retried());
		}
		executor.shutdown();
		boolean pass = phases.stream().allMatch(p -> p.timeouts() == 0 && p.lost() == 0 && p.registered() == members);
		System.out.println("  result: " + (pass ? "PASS" : "FAIL"));
		System.exit(pass ? 0 : 1);
	}

	/** Closed loop: each client sends its next search as soon as the last was answered; answers/s is the capacity. */
	static double probe(HttpClient http, String portal, int clients, int seconds, ExecutorService executor) {
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		AtomicLong answered = new AtomicLong();
		List<CompletableFuture<Void>> loops = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int client = c;
			loops.add(CompletableFuture.runAsync(() -> {
				int i = client;
				while (System.nanoTime() < end) {
					try {
						if (search(http, portal, i++).statusCode() == 200) {
							answered.incrementAndGet();
						}
					}
					catch (Exception ex) {
						// a failed probe request is no answer
					}
				}
			}, executor));
		}
		CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).join();
		return answered.get() / (double) seconds;
	}

	/** Open loop: searches arrive at the given rate whatever the answers; registrations are spread over the phase. */
	static Phase phase(String name, HttpClient http, String portal, double rate, int seconds,
			List<RegistrationBenchmark.Member> registering, String eventId, RegistrationBenchmark.Member organiser,
			ExecutorService executor) throws Exception {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		Map<String, Integer> statuses = new ConcurrentHashMap<>();
		AtomicInteger timeouts = new AtomicInteger();
		List<CompletableFuture<Void>> requests = new ArrayList<>();
		long start = System.nanoTime();
		long total = Math.round(rate * seconds);
		double registrationsPerRequest = registering.size() / (double) total;
		int nextMember = 0;
		Map<String, RegistrationBenchmark.Outcome> outcomes = new ConcurrentHashMap<>();
		Map<String, Integer> retried = new ConcurrentHashMap<>();
		for (long i = 0; i < total; i++) {
			long due = start + (long) (i * 1e9 / rate);
			long wait = due - System.nanoTime();
			if (wait > 0) {
				Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
			}
			long index = i;
			requests.add(CompletableFuture.runAsync(() -> {
				long t0 = System.nanoTime();
				try {
					int status = search(http, portal, (int) index).statusCode();
					statuses.merge(String.valueOf(status), 1, Integer::sum);
					if (status == 200) {
						latencies.add((System.nanoTime() - t0) / 1_000_000);
					}
				}
				catch (HttpTimeoutException ex) {
					timeouts.incrementAndGet();
				}
				catch (Exception ex) {
					statuses.merge(ex.getClass().getSimpleName(), 1, Integer::sum);
				}
			}, executor));
			while (nextMember < registering.size() && nextMember < (i + 1) * registrationsPerRequest) {
				RegistrationBenchmark.Member member = registering.get(nextMember++);
				requests.add(CompletableFuture.runAsync(() -> outcomes.put(member.username(),
						RegistrationBenchmark.registerUntilAnswered(portal, eventId, member, retried,
								start + Duration.ofMinutes(3).toNanos())), executor));
			}
		}
		CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new)).join();
		double elapsed = (System.nanoTime() - start) / 1e9;

		String attendees = RegistrationBenchmark.require(RegistrationBenchmark.send(organiser, "GET",
				portal + "/api/events/" + eventId + "/attendees", null), 200).body();
		long registered = outcomes.values().stream().filter(RegistrationBenchmark.Outcome::registered).count();
		int lost = (int) registering.stream()
			.filter(member -> outcomes.get(member.username()).registered())
			.filter(member -> !attendees.contains("\"" + Drill.email(member.username()) + "\""))
			.count();
		long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
		int served = statuses.getOrDefault("200", 0);
		int shed = statuses.getOrDefault("503", 0);
		int all = statuses.values().stream().mapToInt(Integer::intValue).sum() + timeouts.get();
		return new Phase(name, rate, served / elapsed, percentile(sorted, 0.50), percentile(sorted, 0.99),
				all == 0 ? 0 : shed / (double) all, timeouts.get(), new TreeMap<>(statuses), (int) registered, lost, new TreeMap<>(retried));
	}

	static HttpResponse<String> search(HttpClient http, String portal, int i) throws Exception {
		String query = QUERIES[Math.floorMod(i, QUERIES.length)];
		HttpRequest request = HttpRequest.newBuilder(URI.create(portal + "/api/search?q=" + query + "&page=" + (i % 3)))
			.timeout(CLIENT_TIMEOUT)
			.header("Accept", "application/json")
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	static long percentile(long[] sorted, double p) {
		return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
	}

	static {
		Arrays.sort(QUERIES);
	}

}
