package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.ouderbetrokkenheid.portal.events.RegistrationDocument.Status;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.identity.Role;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.system.DocumentWrites;
import org.junit.jupiter.api.Test;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly-once seats: 300 distinct members at once for 50 seats, over HTTP with real logins, and through two
 * "replicas" (two independent seat ledgers with their own queues, as two backends would have), which only the
 * compare-and-set keeps apart.
 */
@PortalIntegrationTest
class RegistrationConcurrencyIntegrationTests {

	@Autowired
	private EventService events;

	@Autowired
	private RegistrationService registrations;

	@Autowired
	private SeatLedger ledger;

	@Autowired
	private RegistrationRepository repository;

	@Autowired
	private ReactiveElasticsearchOperations operations;

	@Autowired
	private DocumentWrites writes;

	@Autowired
	private RegistrationProjector projector;

	@Autowired
	private Clock clock;

	@Test
	void threeHundredConcurrentRegistrationsForFiftySeatsConfirmExactlyFiftyAndQueueTheRestInArrivalOrder() {
		PortalUser organiser = new PortalUser("org-" + UUID.randomUUID(), "Olga", "olga@example.test", Set.of(Role.ORGANISER));
		EventDocument event = this.events.create(EventTestData.event("Drukke avond", 50), organiser)
			.flatMap(created -> this.events.publish(created.getId(), null, organiser))
			.block(Duration.ofSeconds(30));
		String eventId = event.getId();
		RegistrationService otherReplica = new RegistrationService(this.events, this.repository,
				new SeatLedger(this.operations, this.writes, this.projector), this.writes, this.clock,
				new SimpleMeterRegistry());

		List<EventApi.RegistrationView> results = Flux.range(1, 300)
			.flatMap(i -> {
				PortalUser member = new PortalUser("conc-" + eventId + "-" + i, "Lid " + i, null, Set.of(Role.MEMBER));
				RegistrationService via = (i % 2 == 0) ? this.registrations : otherReplica;
				return via.register(eventId, new EventApi.RegistrationRequest(List.of(), Map.of()), member)
					.subscribeOn(Schedulers.parallel());
			}, 300)
			.collectList()
			.block(Duration.ofMinutes(2));

		assertThat(results).hasSize(300);
		assertThat(results).extracting(EventApi.RegistrationView::id).doesNotHaveDuplicates();
		assertThat(results.stream().filter(r -> r.status() == Status.CONFIRMED)).hasSize(50);
		assertThat(results.stream().filter(r -> r.status() == Status.WAITLISTED)).hasSize(250);

		LedgerDocument ledger = this.ledger.read(eventId).block(Duration.ofSeconds(10));
		assertThat(ledger.getConfirmedSeats()).isEqualTo(50);
		assertThat(ledger.getEntries()).hasSize(300);
		assertThat(ledger.getEntries()).extracting(LedgerDocument.Entry::getArrival)
			.containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 300).mapToObj(Long::valueOf).toList());
		// Arrival order decides: the 50 earliest arrivals hold the seats, the waitlist follows arrival numbers.
		List<LedgerDocument.Entry> byArrival = ledger.getEntries()
			.stream()
			.sorted(Comparator.comparingLong(LedgerDocument.Entry::getArrival))
			.toList();
		assertThat(byArrival.subList(0, 50)).extracting(LedgerDocument.Entry::getStatus).containsOnly(Status.CONFIRMED);
		assertThat(byArrival.subList(50, 300)).extracting(LedgerDocument.Entry::getStatus)
			.containsOnly(Status.WAITLISTED);
		assertThat(byArrival.subList(50, 300)).extracting(entry -> Ledger.waitlistPosition(ledger, entry.getRegistrationId()))
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 250).boxed().toList());

		// The registration documents say the same as the ledger: nothing lost, nothing pending, nothing doubled.
		List<RegistrationDocument> stored = storedFor(eventId);
		assertThat(stored).hasSize(300);
		Map<String, LedgerDocument.Entry> entries = ledger.getEntries()
			.stream()
			.collect(Collectors.toMap(LedgerDocument.Entry::getRegistrationId, entry -> entry));
		assertThat(stored).allSatisfy(registration -> {
			assertThat(registration.getStatus()).isEqualTo(entries.get(registration.getId()).getStatus());
			assertThat(registration.getArrival()).isEqualTo(entries.get(registration.getId()).getArrival());
		});

		// Ten confirmed people cancel: the first ten on the waitlist move up, in order.
		List<String> firstWaiting = byArrival.subList(50, 60).stream().map(LedgerDocument.Entry::getRegistrationId).toList();
		Flux.fromIterable(byArrival.subList(0, 10))
			.flatMap(entry -> {
				RegistrationDocument registration = stored.stream()
					.filter(r -> r.getId().equals(entry.getRegistrationId()))
					.findFirst()
					.orElseThrow();
				PortalUser member = new PortalUser(registration.getSubject(), registration.getName(), null, Set.of(Role.MEMBER));
				return this.registrations.cancel(registration.getId(), member);
			}, 10)
			.blockLast(Duration.ofSeconds(60));

		LedgerDocument after = this.ledger.read(eventId).block(Duration.ofSeconds(10));
		assertThat(after.getConfirmedSeats()).isEqualTo(50);
		assertThat(after.getEntries()
			.stream()
			.filter(entry -> firstWaiting.contains(entry.getRegistrationId())))
			.extracting(LedgerDocument.Entry::getStatus, LedgerDocument.Entry::getNotice)
			.containsOnly(org.assertj.core.groups.Tuple.tuple(Status.CONFIRMED, LedgerDocument.Notice.PROMOTED));
		assertThat(Ledger.waitlisted(after)).isEqualTo(240);
		assertThat(storedFor(eventId).stream().filter(r -> firstWaiting.contains(r.getId())))
			.extracting(RegistrationDocument::getStatus)
			.containsOnly(Status.CONFIRMED);
	}

	/**
	 * Registers as a client of the portal must: 300 requests at once are more than a replica works on at a time
	 * ({@code portal.web.concurrency.limit}), so on a slow machine some are shed with 503 and {@code Retry-After}
	 * before they did anything, and the client sends them again (at once: the answer is only advice, and a shed
	 * request costs nothing). Any other answer than 201 or such a 503 fails the test.
	 */
	private static JsonNode registerAcceptingShedding(EventHttp http, Logins.Session member, String eventId) {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (true) {
			EntityExchangeResult<byte[]> result = http.register(member, eventId, "{\"answers\":{\"role\":\"Ouder\"}}")
				.expectBody()
				.returnResult();
			if (result.getStatus() == HttpStatus.CREATED) {
				return EventHttp.json(result.getResponseBody());
			}
			assertThat(result.getStatus()).as("a registration is answered 201 or shed").isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
			assertThat(System.nanoTime()).as("shed for two minutes").isLessThan(deadline);
		}
	}

	private List<RegistrationDocument> storedFor(String eventId) {
		this.operations.indexOps(RegistrationDocument.class).refresh().block(Duration.ofSeconds(10));
		return this.registrations.all(eventId).collectList().block(Duration.ofSeconds(10));
	}

	@LocalServerPort
	private int port;

	@Test
	void threeHundredLoggedInMembersRegisteringAtOnceOverHttpGetFiftySeatsAndAWaitlistInArrivalOrder() throws Exception {
		// A client with room for 300 requests in flight (the default connection pool queues most of them).
		WebTestClient wide = WebTestClient
			.bindToServer(new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.builder("registrations")
				.maxConnections(320)
				.pendingAcquireMaxCount(-1)
				.build())))
			.baseUrl("http://localhost:" + this.port)
			.responseTimeout(Duration.ofSeconds(60))
			.build();
		EventHttp http = new EventHttp(wide);
		Logins.Session organiser = Logins.login(wide, Logins.person("org-" + UUID.randomUUID(), "ORGANISER"));
		String eventId = http.createPublished(organiser, EventTestData.json("Volle zaal", 50));
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<Logins.Session> members = Flux.range(1, 300)
			.flatMapSequential(i -> Mono.fromCallable(() -> Logins.login(wide, Logins.person("http-" + run + "-" + i, "MEMBER")))
				.subscribeOn(Schedulers.boundedElastic()), 6)
			.collectList()
			.block(Duration.ofMinutes(2));

		// All 300 wait at a gate and go at once, each on its own (virtual) thread with its own session.
		CountDownLatch gate = new CountDownLatch(1);
		List<Future<JsonNode>> answers = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (Logins.Session member : members) {
				answers.add(threads.submit(() -> {
					gate.await();
					return registerAcceptingShedding(http, member, eventId);
				}));
			}
			gate.countDown();
		}
		List<JsonNode> registered = new ArrayList<>();
		for (Future<JsonNode> answer : answers) {
			registered.add(answer.get());
		}

		// Every request answered 201, once per person: nothing lost, nothing doubled.
		assertThat(registered).hasSize(300);
		assertThat(registered).extracting(r -> r.get("id").asString()).doesNotHaveDuplicates();
		assertThat(registered).extracting(r -> r.get("arrival").asLong())
			.containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 300).boxed().toList());
		// Arrival decides: the first 50 to arrive are confirmed, the other 250 wait in arrival order.
		assertThat(registered).allSatisfy(r -> {
			long arrival = r.get("arrival").asLong();
			assertThat(r.get("status").asString()).isEqualTo((arrival <= 50) ? "CONFIRMED" : "WAITLISTED");
			assertThat(r.get("waitlistPosition").asLong()).isEqualTo((arrival <= 50) ? 0 : arrival - 50);
		});
		assertThat(registered).filteredOn(r -> r.get("status").asString().equals("CONFIRMED")).hasSize(50);
		assertThat(registered).filteredOn(r -> r.get("status").asString().equals("WAITLISTED")).hasSize(250);
		assertThat(http.get(null, "/api/events/" + eventId).get("seatsLeft").asInt()).isZero();
		JsonNode attendees = attendees(http, organiser, eventId);
		assertThat(attendees.get("counts").get("confirmed").asInt()).isEqualTo(50);
		assertThat(attendees.get("counts").get("waitlisted").asInt()).isEqualTo(250);
		assertThat(attendees.get("attendees")).hasSize(300);
		assertThat(attendees.get("attendees").findValuesAsString("status")).doesNotContain("PENDING");

		// Ten confirmed members cancel at once: the first ten on the waitlist (arrivals 51..60) move up.
		Map<Long, Logins.Session> byArrival = new java.util.HashMap<>();
		Map<Long, String> registrationByArrival = new java.util.HashMap<>();
		for (int i = 0; i < 300; i++) {
			byArrival.put(registered.get(i).get("arrival").asLong(), members.get(i));
			registrationByArrival.put(registered.get(i).get("arrival").asLong(), registered.get(i).get("id").asString());
		}
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (long arrival = 1; arrival <= 10; arrival++) {
				long cancelling = arrival;
				threads.submit(() -> byArrival.get(cancelling)
					.apply(wide.delete().uri("/api/me/registrations/" + registrationByArrival.get(cancelling)))
					.exchange()
					.expectStatus()
					.isOk());
			}
		}
		for (long arrival = 51; arrival <= 60; arrival++) {
			JsonNode mine = http.get(byArrival.get(arrival), "/api/me/registrations").get(0);
			assertThat(mine.get("status").asString()).as("arrival %d", arrival).isEqualTo("CONFIRMED");
		}
		assertThat(http.get(byArrival.get(61L), "/api/me/registrations").get(0).get("waitlistPosition").asInt())
			.isEqualTo(1);
		JsonNode after = attendees(http, organiser, eventId);
		assertThat(after.get("counts").get("confirmed").asInt()).isEqualTo(50);
		assertThat(after.get("counts").get("waitlisted").asInt()).isEqualTo(240);
		assertThat(after.get("counts").get("cancelled").asInt()).isEqualTo(10);
	}

	private JsonNode attendees(EventHttp http, Logins.Session organiser, String eventId) {
		// The attendee list is a search, which sees writes after the next refresh.
		this.operations.indexOps(RegistrationDocument.class).refresh().block(Duration.ofSeconds(10));
		return http.get(organiser, "/api/events/" + eventId + "/attendees");
	}

}
