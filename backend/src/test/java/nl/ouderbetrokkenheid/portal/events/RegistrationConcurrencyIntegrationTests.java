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

import nl.ouderbetrokkenheid.portal.events.RegistrationDocument.Status;
import nl.ouderbetrokkenheid.portal.identity.Role;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.system.DocumentWrites;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly-once seats: 300 distinct members at once for 50 seats, through two "replicas" (two independent seat
 * ledgers with their own queues, as two backends would have), which only the compare-and-set keeps apart.
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
		Caller organiser = new Caller("org-" + UUID.randomUUID(), "Olga", "olga@example.test", Set.of(Role.ORGANISER));
		EventDocument event = this.events.create(EventTestData.event("Drukke avond", 50), organiser)
			.flatMap(created -> this.events.publish(created.getId(), organiser))
			.block(Duration.ofSeconds(30));
		String eventId = event.getId();
		RegistrationService otherReplica = new RegistrationService(this.events, this.repository,
				new SeatLedger(this.operations, this.writes, this.projector), this.writes, this.clock);

		List<EventApi.RegistrationView> results = Flux.range(1, 300)
			.flatMap(i -> {
				Caller member = new Caller("conc-" + eventId + "-" + i, "Lid " + i, null, Set.of(Role.MEMBER));
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
				Caller member = new Caller(registration.getSubject(), registration.getName(), null, Set.of(Role.MEMBER));
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

	private List<RegistrationDocument> storedFor(String eventId) {
		this.operations.indexOps(RegistrationDocument.class).refresh().block(Duration.ofSeconds(10));
		return this.registrations.all(eventId).collectList().block(Duration.ofSeconds(10));
	}

}
