import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The failover drill's storm (run by bin/drill, which starts the cluster, the backends and nginx and passes their
 * process ids): N members register at once through the load balancer; when a fifth of them have their answer one
 * Elasticsearch node is killed (the one holding the event ledger's primary shard), when two fifths have it one
 * backend. A client that gets an error (a dropped connection, a 5xx) tries again, honouring Retry-After; a
 * registration is safe to repeat. Then it waits until everything is settled and checks the outcome against the
 * attendee list and the mailbox. Logins, event creation and requests are RegistrationBenchmark's.
 */
public class Drill {

	private static final Pattern NODE_OF_PRIMARY = Pattern.compile("\"prirep\"\\s*:\\s*\"p\"[^}]*\"node\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern EMAIL = Pattern.compile("\"email\"\\s*:\\s*\"([^\"]+)\"");

	/** A JSON string's content, escapes included (compared as they are, never unescaped). */
	private static final String STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";

	/** One delivery in the mailbox's JSON (infra/mail-server): Message-ID, recipient, subject and text. */
	private static final Pattern MESSAGE = Pattern.compile("\\{\"id\":(?:" + STRING + "|null),\"from\":" + STRING
			+ ",\"to\":" + STRING + ",\"subject\":(?:" + STRING + "|null),\"receivedAt\":(?:" + STRING
			+ "|null),\"text\":(?:" + STRING + "|null)");

	private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");

	/** How long the storm and the settling may take before the drill gives up. */
	private static final Duration DEADLINE = Duration.ofMinutes(5);

	public static void main(String[] args) throws Exception {
		String portal = RegistrationBenchmark.arg(args, "--portal=", "http://127.0.0.1:23080");
		int members = Integer.parseInt(RegistrationBenchmark.arg(args, "--members=", "1000"));
		int seats = Integer.parseInt(RegistrationBenchmark.arg(args, "--seats=", "100"));
		List<String> es = List.of(RegistrationBenchmark.arg(args, "--es=", "").split(","));
		List<Long> esPids = pids(RegistrationBenchmark.arg(args, "--es-pids=", ""));
		List<Long> backendPids = pids(RegistrationBenchmark.arg(args, "--backend-pids=", ""));
		String mailbox = RegistrationBenchmark.arg(args, "--mailbox=", "");
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
		RegistrationBenchmark.Member organiser = RegistrationBenchmark.login(portal, "organiser", executor);
		String eventId = RegistrationBenchmark.createEvent(portal, organiser, "Drill", seats);
		List<RegistrationBenchmark.Member> logged = RegistrationBenchmark.loginMembers(portal, members, 16, executor);

		// The Elasticsearch victim: the node holding the ledger's primary, so the writes that decide seats fail over.
		String shards = get(http, es.get(0) + "/_cat/shards/kp-event-ledgers?format=json&h=index,shard,prirep,node");
		String victimName = RegistrationBenchmark.match(NODE_OF_PRIMARY, shards);
		int esVictim = Integer.parseInt(victimName.substring(victimName.lastIndexOf('-') + 1));
		List<String> survivors = new ArrayList<>(es);
		survivors.remove(esVictim);
		int backendVictim = 0;
		System.out.printf("Event %s with %d seats; %d members register at once. Kills: Elasticsearch node %s "
				+ "(pid %d, the ledger's primary) at %d answers, backend %d (pid %d) at %d answers%n", eventId, seats,
				members, victimName, esPids.get(esVictim), members / 5, backendVictim, backendPids.get(backendVictim),
				2 * members / 5);

		CountDownLatch gate = new CountDownLatch(1);
		AtomicInteger answered = new AtomicInteger();
		Map<String, Integer> errors = new ConcurrentHashMap<>();
		Map<String, RegistrationBenchmark.Outcome> outcomes = new ConcurrentHashMap<>();
		long[] t0 = new long[1];
		Runnable onAnswer = () -> {
			int n = answered.incrementAndGet();
			if (n == members / 5) {
				kill("Elasticsearch node " + victimName, esPids.get(esVictim), t0[0]);
			}
			if (n == 2 * members / 5) {
				kill("backend " + backendVictim, backendPids.get(backendVictim), t0[0]);
			}
		};
		List<CompletableFuture<Void>> clients = new ArrayList<>();
		for (RegistrationBenchmark.Member member : logged) {
			clients.add(CompletableFuture.runAsync(() -> {
				try {
					gate.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				outcomes.put(member.username(), RegistrationBenchmark.registerUntilAnswered(portal, eventId, member, errors,
						t0[0] + DEADLINE.toNanos()));
				onAnswer.run();
			}, executor));
		}
		t0[0] = System.nanoTime();
		gate.countDown();
		CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).join();
		double answeredAfter = (System.nanoTime() - t0[0]) / 1e9;

		// Settled: every member in the ledger's attendee list, no registration document still PENDING.
		String attendees;
		while (true) {
			attendees = RegistrationBenchmark.require(RegistrationBenchmark.send(organiser, "GET",
					portal + "/api/events/" + eventId + "/attendees", null), 200).body();
			long pending = count(http, survivors.get(0), "kp-registrations",
					"{\"query\":{\"bool\":{\"filter\":[{\"term\":{\"eventId\":\"" + eventId + "\"}},"
							+ "{\"term\":{\"status\":\"PENDING\"}}]}}}");
			if (pending == 0 && emails(attendees).size() >= members) {
				break;
			}
			if (System.nanoTime() - t0[0] > DEADLINE.toNanos()) {
				System.out.printf("Not settled within %s: %d pending%n", DEADLINE, pending);
				break;
			}
			Thread.sleep(200);
		}
		double settledAfter = (System.nanoTime() - t0[0]) / 1e9;

		List<String> listed = emails(attendees);
		long distinct = listed.stream().distinct().count();
		long confirmed = number(attendees, "confirmed");
		long confirmedSeats = number(attendees, "confirmedSeats");
		long waitlisted = number(attendees, "waitlisted");
		long overbooked = Math.max(0, confirmedSeats - seats);
		long duplicated = listed.size() - distinct;
		long lost = logged.stream()
			.filter(member -> outcomes.get(member.username()).registered())
			.filter(member -> !listed.contains(email(member.username())))
			.count();
		long unanswered = outcomes.values().stream().filter(outcome -> outcome.answer().startsWith("gave up")).count();
		Map<String, Integer> answers = new TreeMap<>();
		outcomes.values().forEach(outcome -> answers.merge(outcome.answer(), 1, Integer::sum));
		long retried = outcomes.values().stream().filter(outcome -> outcome.attempts() > 1).count();
		// Each member's own view: exactly one registration for this event, in the status the ledger gave.
		long notExactlyOne = logged.stream().filter(member -> {
			try {
				String mine = RegistrationBenchmark.require(
						RegistrationBenchmark.send(member, "GET", portal + "/api/me/registrations", null), 200).body();
				return mine.split("\"eventId\"\\s*:\\s*\"" + eventId + "\"", -1).length - 1 != 1;
			}
			catch (Exception ex) {
				return true;
			}
		}).count();

		// The mails: one per registration (confirmation or waitlist), each sent once; wait until the outbox is empty.
		// Deliveries are counted per recipient, per (recipient, Message-ID) and per (recipient, subject and text):
		// a copy re-sent after a take-over in doubt has the same Message-ID and content (mail clients that
		// de-duplicate by Message-ID show one); the same content under two Message-IDs would be a bug of its own.
		long outboxOpen = -1;
		long inDoubt = -1;
		Map<String, Integer> perRecipient = new TreeMap<>();
		Map<String, Integer> perMessageId = new HashMap<>();
		Map<String, Integer> perContent = new HashMap<>();
		Map<String, java.util.Set<String>> messagesPerRecipient = new TreeMap<>();
		while (System.nanoTime() - t0[0] < DEADLINE.toNanos() * 2) {
			outboxOpen = count(http, survivors.get(0), "kp-outbox",
					"{\"query\":{\"terms\":{\"status\":[\"PENDING\",\"SENDING\"]}}}");
			perRecipient.clear();
			perMessageId.clear();
			perContent.clear();
			messagesPerRecipient.clear();
			Matcher message = MESSAGE.matcher(get(http, mailbox + "/api/messages"));
			while (message.find()) {
				String to = message.group(3);
				if (to.startsWith("lid-")) { // the members' mails, not the organiser's
					perRecipient.merge(to, 1, Integer::sum);
					perMessageId.merge(to + "\n" + message.group(1), 1, Integer::sum);
					perContent.merge(to + "\n" + message.group(4) + "\n" + message.group(6), 1, Integer::sum);
					messagesPerRecipient.computeIfAbsent(to, key -> new java.util.HashSet<>()).add(message.group(1));
				}
			}
			if (outboxOpen == 0 && perRecipient.size() >= distinct) {
				break;
			}
			Thread.sleep(500);
		}
		// Mails the outbox took over from a claim that ran out while SENDING (the sender died or stalled): each is a
		// possible second copy, counted by OutboxSender on the mail (resends) and as portal_outbox_resent_total.
		inDoubt = count(http, survivors.get(0), "kp-outbox", "{\"query\":{\"range\":{\"resends\":{\"gte\":1}}}}");
		double mailedAfter = (System.nanoTime() - t0[0]) / 1e9;
		long recipientsOnce = perRecipient.values().stream().filter(n -> n == 1).count();
		long recipientsTwice = perRecipient.values().stream().filter(n -> n > 1).count();
		long duplicatedById = perMessageId.values().stream().mapToLong(n -> n - 1).sum();
		long duplicatedByContent = perContent.values().stream().mapToLong(n -> n - 1).sum();
		long twoMessages = messagesPerRecipient.values().stream().filter(ids -> ids.size() > 1).count();
		long missingMail = listed.stream().distinct().filter(address -> !perRecipient.containsKey(address)).count();

		System.out.println();
		System.out.println("Failover drill");
		System.out.printf("  storm:               %d members, %d seats, through the load balancer%n", members, seats);
		System.out.printf("  final answers:       %s%n", answers);
		System.out.printf("  HTTP errors seen:    %s (%d clients retried)%n", errors.isEmpty() ? "none" : new TreeMap<>(errors),
				retried);
		System.out.printf("  confirmed:           %d (%d seats)%n", confirmed, confirmedSeats);
		System.out.printf("  waitlisted:          %d%n", waitlisted);
		System.out.printf("  overbooked:          %d%n", overbooked);
		System.out.printf("  lost:                %d%n", lost);
		System.out.printf("  duplicated:          %d%n", duplicated);
		System.out.printf("  unanswered:          %d%n", unanswered);
		System.out.printf("  not exactly one:     %d (members whose own list does not show exactly one registration)%n",
				notExactlyOne);
		System.out.printf("  all answered after:  %.1f s%n", answeredAfter);
		System.out.printf("  all settled after:   %.1f s%n", settledAfter);
		System.out.printf("  mails:               %d recipients once, %d more than once (%d of them different messages), "
				+ "%d without mail, outbox open %d (after %.1f s)%n", recipientsOnce, recipientsTwice, twoMessages,
				missingMail, outboxOpen, mailedAfter);
		System.out.printf("  mails duplicated:    %d by (recipient, Message-ID), %d by (recipient, content)%n",
				duplicatedById, duplicatedByContent);
		System.out.printf("  in-doubt re-sends:   %d (mails taken over from a claim that ran out while sending)%n",
				inDoubt);
		// Every extra copy must be one the outbox knows it may have sent twice (a take-over in doubt), and carry the
		// same Message-ID as the first: a copy that is not explained by a take-over is a bug.
		boolean pass = overbooked == 0 && lost == 0 && duplicated == 0 && unanswered == 0 && notExactlyOne == 0
				&& distinct == members && confirmed + waitlisted == members && twoMessages == 0 && missingMail == 0
				&& outboxOpen == 0 && duplicatedByContent == duplicatedById && duplicatedById <= inDoubt;
		System.out.println("  result:              " + (pass ? "PASS" : "FAIL"));
		executor.shutdown();
		System.exit(pass ? 0 : 1);
	}

	static void kill(String what, long pid, long t0) {
		boolean signalled = ProcessHandle.of(pid).map(ProcessHandle::destroyForcibly).orElse(false);
		System.out.printf("  %5.1f s: kill -9 %s (pid %d)%s%n", (System.nanoTime() - t0) / 1e9, what, pid,
				signalled ? "" : ": not running");
	}

	static String email(String username) {
		return "lid-" + username.substring("member-".length()) + "@demo.kennisportaal.test";
	}

	static List<String> emails(String attendees) {
		List<String> found = new ArrayList<>();
		Matcher matcher = EMAIL.matcher(attendees);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	static long number(String json, String field) {
		return Long.parseLong(RegistrationBenchmark.match(Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)"), json));
	}

	static long count(HttpClient http, String es, String index, String query) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(es + "/" + index + "/_count"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(query))
			.build();
		return Long.parseLong(RegistrationBenchmark.match(COUNT, http.send(request, HttpResponse.BodyHandlers.ofString()).body()));
	}

	static String get(HttpClient http, String url) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build();
		return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	static List<Long> pids(String list) {
		return Arrays.stream(list.split(",")).filter(s -> !s.isBlank()).map(Long::parseLong).toList();
	}

}
