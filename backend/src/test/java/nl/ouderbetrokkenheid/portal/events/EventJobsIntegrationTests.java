package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.ouderbetrokkenheid.portal.events.RegistrationDocument.Status;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.identity.Role;
import nl.ouderbetrokkenheid.portal.mail.Outbox;
import nl.ouderbetrokkenheid.portal.support.MailTestServer;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.system.DocumentWrites;
import nl.ouderbetrokkenheid.portal.system.JobFailures;
import nl.ouderbetrokkenheid.portal.system.JobLeases;
import nl.ouderbetrokkenheid.portal.system.JobRounds;
import nl.ouderbetrokkenheid.portal.support.Logins;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled jobs, each run by two "replicas" at the same moment (two job runners sharing nothing but
 * Elasticsearch, as two backends would without the lease): reminders, anonymisation and crash recovery do their work
 * once.
 */
@PortalIntegrationTest
class EventJobsIntegrationTests {

	@Autowired
	private EventJobs jobs;

	@Autowired
	private EventService events;

	@Autowired
	private RegistrationService registrations;

	@Autowired
	private EventRepository eventRepository;

	@Autowired
	private RegistrationRepository registrationRepository;

	@Autowired
	private SeatLedger ledger;

	@Autowired
	private ReactiveElasticsearchOperations operations;

	@Autowired
	private JobLeases leases;

	@Autowired
	private RegistrationAnonymiser anonymiser;

	@Autowired
	private Outbox outbox;

	@Autowired
	private EventMails mails;

	@Autowired
	private EventsProperties properties;

	@Autowired
	private Clock clock;

	@Autowired
	private DocumentWrites writes;

	@Autowired
	private RegistrationProjector projector;

	@Autowired
	private JobFailures failures;

	@Autowired
	private JobRounds rounds;

	@Autowired
	private ReactiveElasticsearchClient client;

	@Autowired
	private WebTestClient web;

	/** Another replica's job runner, with its own settings and its own seat ledger queues. */
	private EventJobs replica(EventsProperties settings) {
		SeatLedger ownLedger = new SeatLedger(this.operations, this.writes, this.projector);
		RegistrationService ownRegistrations = new RegistrationService(this.events, this.registrationRepository,
				ownLedger, this.writes, this.clock, new SimpleMeterRegistry());
		return new EventJobs(this.operations, this.leases, ownRegistrations, this.registrationRepository, ownLedger,
				this.anonymiser, this.outbox, this.mails, settings, this.failures, this.rounds, this.clock);
	}

	/** Runs the job on both replicas at the same moment. */
	private static <T> void onBoth(EventJobs one, EventJobs two, Function<EventJobs, Mono<T>> job) {
		Flux.merge(job.apply(one).subscribeOn(Schedulers.parallel()), job.apply(two).subscribeOn(Schedulers.parallel()))
			.blockLast(Duration.ofSeconds(60));
	}

	private static PortalUser member(String name) {
		String subject = name + "-" + UUID.randomUUID();
		return new PortalUser(subject, name, subject + "@example.test", Set.of(Role.MEMBER));
	}

	private EventDocument published(EventApi.EventRequest request) {
		PortalUser organiser = new PortalUser("org-" + UUID.randomUUID(), "Olga", "olga@example.test", Set.of(Role.ORGANISER));
		return this.events.create(request, organiser)
			.flatMap(created -> this.events.publish(created.getId(), null, organiser))
			.block(Duration.ofSeconds(30));
	}

	private static EventApi.EventRequest startingIn(String title, int capacity, int days) {
		EventApi.EventRequest base = EventTestData.event(title, capacity);
		return new EventApi.EventRequest(base.title(), base.description(), base.kind(), base.scope(), base.province(),
				base.venue(), base.onlineUrl(), EventTestData.startIn(days), EventTestData.startIn(days).plusHours(2),
				base.capacity(), null, null, base.partnerships(), base.aspects(), base.sectors(), List.of());
	}

	private EventApi.RegistrationView register(EventDocument event, PortalUser member) {
		return this.registrations.register(event.getId(), new EventApi.RegistrationRequest(List.of(), Map.of()), member)
			.block(Duration.ofSeconds(30));
	}

	private void refresh() {
		this.operations.indexOps(RegistrationDocument.class).refresh().block(Duration.ofSeconds(10));
		this.operations.indexOps(EventDocument.class).refresh().block(Duration.ofSeconds(10));
	}

	@Test
	void remindersGoToConfirmedRegistrantsOnceTwoDaysAheadEvenWhenTwoReplicasRunTheJob() {
		String title = "Herinneringsavond " + UUID.randomUUID().toString().substring(0, 6);
		EventDocument soon = published(startingIn(title, 1, 1));
		EventDocument later = published(startingIn(title + " later", 5, 5));
		PortalUser confirmed = member("bevestigd");
		PortalUser waiting = member("wachtend");
		PortalUser tooEarly = member("vroeg");
		assertThat(register(soon, confirmed).status()).isEqualTo(Status.CONFIRMED);
		assertThat(register(soon, waiting).status()).isEqualTo(Status.WAITLISTED);
		assertThat(register(later, tooEarly).status()).isEqualTo(Status.CONFIRMED);
		refresh();

		onBoth(this.jobs, replica(this.properties), EventJobs::sendReminders);
		onBoth(this.jobs, replica(this.properties), EventJobs::sendReminders); // and again: already done

		assertThat(MailTestServer.await(confirmed.email(),
				m -> MailTestServer.subject(m).equals("Herinnering: " + title), Duration.ofSeconds(30)))
			.hasSize(1);
		assertThat(this.eventRepository.findById(soon.getId()).block().getReminderSentAt()).isNotNull();
		assertThat(this.eventRepository.findById(later.getId()).block().getReminderSentAt()).isNull();
		// Everything queued was sent by now (one outbox round sends the lot); still exactly one reminder each.
		assertThat(MailTestServer.to(confirmed.email()))
			.filteredOn(m -> MailTestServer.subject(m).startsWith("Herinnering"))
			.hasSize(1);
		assertThat(MailTestServer.to(waiting.email())).noneMatch(m -> MailTestServer.subject(m).startsWith("Herinnering"));
		assertThat(MailTestServer.to(tooEarly.email())).noneMatch(m -> MailTestServer.subject(m).startsWith("Herinnering"));
	}

	@Test
	void registrantsAreAnonymisedTheConfiguredMonthsAfterTheEventEvenWhenTwoReplicasRunTheJob() {
		Instant now = this.clock.instant();
		EventDocument old = pastEvent(now.atOffset(ZoneOffset.UTC).minusMonths(13).toInstant());
		EventDocument recent = pastEvent(now.atOffset(ZoneOffset.UTC).minusMonths(2).toInstant());
		List<RegistrationDocument> oldOnes = List.of(storedRegistration(old, "Anna"), storedRegistration(old, "Bram"));
		RegistrationDocument recentOne = storedRegistration(recent, "Cor");
		refresh();

		onBoth(this.jobs, replica(this.properties), EventJobs::anonymise);

		for (RegistrationDocument before : oldOnes) {
			RegistrationDocument after = this.registrationRepository.findById(before.getId()).block();
			assertThat(after.isAnonymised()).isTrue();
			assertThat(after.getName()).isNull();
			assertThat(after.getEmail()).isNull();
			assertThat(after.getSubject()).isNull();
			assertThat(after.getAnswers()).isEmpty();
			assertThat(after.getColleagues()).isEmpty();
			// What the seat history needs stays.
			assertThat(after.getStatus()).isEqualTo(Status.CONFIRMED);
			assertThat(after.getEventId()).isEqualTo(old.getId());
		}
		assertThat(this.eventRepository.findById(old.getId()).block().getAnonymisedAt()).isNotNull();
		assertThat(this.registrationRepository.findById(recentOne.getId()).block().getName()).isEqualTo("Cor");

		// The months are a setting: with one month, the recent event's registrants go too.
		EventsProperties oneMonth = new EventsProperties(1, this.properties.reminderLead(),
				this.properties.jobInterval());
		onBoth(replica(oneMonth), replica(oneMonth), EventJobs::anonymise);
		assertThat(this.registrationRepository.findById(recentOne.getId()).block().isAnonymised()).isTrue();
	}

	private EventDocument pastEvent(Instant endsAt) {
		return pastEvent(UUID.randomUUID().toString(), endsAt);
	}

	private EventDocument pastEvent(String id, Instant endsAt) {
		EventDocument event = new EventDocument();
		event.setId(id);
		event.setTitle("Voorbij");
		event.setKind(EventDocument.Kind.EXCHANGE);
		event.setScope(EventDocument.Scope.NATIONAL);
		event.setStatus(EventDocument.Status.PUBLISHED);
		event.setStartsAt(endsAt.minus(Duration.ofHours(2)));
		event.setEndsAt(endsAt);
		event.setRegistrationOpensAt(endsAt.minus(Duration.ofDays(30)));
		event.setRegistrationClosesAt(event.getStartsAt());
		event.setCapacity(10);
		this.ledger.create(event.getId(), 10).block(Duration.ofSeconds(10));
		return this.eventRepository.save(event).block(Duration.ofSeconds(10));
	}

	private RegistrationDocument storedRegistration(EventDocument event, String name) {
		String subject = name + "-" + UUID.randomUUID();
		RegistrationDocument registration = new RegistrationDocument();
		registration.setId(RegistrationService.registrationId(event.getId(), subject));
		registration.setEventId(event.getId());
		registration.setSubject(subject);
		registration.setName(name);
		registration.setEmail(subject + "@example.test");
		registration.setColleagues(new java.util.ArrayList<>(List.of("Collega van " + name)));
		registration.setAnswers(new java.util.LinkedHashMap<>(Map.of("diet", "vegetarisch")));
		registration.setSeats(2);
		registration.setAttempt(1);
		registration.setStatus(Status.CONFIRMED);
		registration.setCreatedAt(event.getStartsAt().minus(Duration.ofDays(7)));
		registration.setUpdatedAt(registration.getCreatedAt());
		return this.registrationRepository.save(registration).block(Duration.ofSeconds(10));
	}

	@Test
	void recoveryFinishesWhatACrashLeftHalfDoneOnceEvenWhenTwoReplicasRecover() {
		EventDocument event = published(startingIn("Herstel " + UUID.randomUUID().toString().substring(0, 6), 1, 10));
		String eventId = event.getId();
		Instant longAgo = this.clock.instant().minusSeconds(120);

		// A crash after step 1 (stored, never settled), twice; and one after step 2 (settled, never projected).
		PortalUser anna = member("anna");
		PortalUser bram = member("bram");
		PortalUser cor = member("cor");
		RegistrationDocument pendingAnna = pending(eventId, anna, longAgo);
		RegistrationDocument pendingBram = pending(eventId, bram, longAgo);
		RegistrationDocument settledCor = pending(eventId, cor, this.clock.instant());
		LedgerDocument ledgerDocument = this.ledger.read(eventId).block();
		new Ledger(ledgerDocument).apply(List.of(new Ledger.Settle(settledCor.getId(), 1, 1)));
		this.operations.save(ledgerDocument).block(Duration.ofSeconds(10));
		refresh();

		onBoth(this.jobs, replica(this.properties), EventJobs::recover);

		LedgerDocument after = this.ledger.read(eventId).block();
		assertThat(after.getEntries()).hasSize(3);
		assertThat(after.getEntries()).extracting(LedgerDocument.Entry::getArrival).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(after.getConfirmedSeats()).isEqualTo(1);
		// Cor's settlement came first (before the crash), so Cor holds the seat; the recovered two wait, in order.
		Map<String, LedgerDocument.Entry> entries = entriesById(after);
		assertThat(entries.get(settledCor.getId()).getStatus()).isEqualTo(Status.CONFIRMED);
		assertThat(List.of(entries.get(pendingAnna.getId()), entries.get(pendingBram.getId())))
			.extracting(LedgerDocument.Entry::getStatus)
			.containsOnly(Status.WAITLISTED);
		for (LedgerDocument.Entry entry : after.getEntries()) {
			RegistrationDocument stored = this.registrationRepository.findById(entry.getRegistrationId()).block();
			assertThat(stored.getStatus()).isEqualTo(entry.getStatus());
			assertThat(stored.getArrival()).isEqualTo(entry.getArrival());
		}
		assertThat(MailTestServer.await(cor.email(), m -> MailTestServer.subject(m).startsWith("Aanmelding bevestigd"),
				Duration.ofSeconds(30)))
			.hasSize(1);
		for (PortalUser waiting : List.of(anna, bram)) {
			assertThat(MailTestServer.await(waiting.email(), m -> MailTestServer.subject(m).startsWith("Op de wachtlijst"),
					Duration.ofSeconds(30)))
				.hasSize(1);
		}

		// Recovering again finds nothing to do: the ledger is not even written.
		long version = after.getSeqNoPrimaryTerm().sequenceNumber();
		onBoth(this.jobs, replica(this.properties), EventJobs::recover);
		assertThat(this.ledger.read(eventId).block().getSeqNoPrimaryTerm().sequenceNumber()).isEqualTo(version);

		// A crash between saving a larger capacity and resizing the ledger: recovery lets the ledger follow, and
		// the waitlist moves up, once.
		EventDocument stored = this.eventRepository.findById(eventId).block();
		stored.setCapacity(3);
		this.eventRepository.save(stored).block(Duration.ofSeconds(10));
		refresh();
		onBoth(this.jobs, replica(this.properties), EventJobs::recover);
		LedgerDocument resized = this.ledger.read(eventId).block();
		assertThat(resized.getCapacity()).isEqualTo(3);
		assertThat(resized.getConfirmedSeats()).isEqualTo(3);
		for (PortalUser promoted : List.of(anna, bram)) {
			assertThat(MailTestServer.await(promoted.email(), m -> MailTestServer.subject(m).startsWith("Er is een plek vrij"),
					Duration.ofSeconds(30)))
				.hasSize(1);
			assertThat(this.registrationRepository.findById(RegistrationService.registrationId(eventId, promoted.subject()))
				.block()
				.getStatus()).isEqualTo(Status.CONFIRMED);
		}
	}

	@Test
	void aRegistrationWhoseLedgerIsMissingIsSkippedAndCountedWhileTheOthersAreRecovered() {
		EventDocument healthy = published(startingIn("Gezond " + UUID.randomUUID().toString().substring(0, 6), 5, 10));
		EventDocument broken = withoutLedger(healthy);
		Instant longAgo = this.clock.instant().minusSeconds(120);
		RegistrationDocument bad = pending(broken.getId(), member("kapot"), longAgo);
		RegistrationDocument good = pending(healthy.getId(), member("gezond"), longAgo);
		refresh();
		long before = this.failures.counts().getOrDefault(EventJobs.RECOVERY, 0L);

		this.jobs.recover().block(Duration.ofSeconds(60));

		assertThat(this.registrationRepository.findById(good.getId()).block().getStatus()).isEqualTo(Status.CONFIRMED);
		assertThat(this.registrationRepository.findById(bad.getId()).block().getStatus()).isEqualTo(Status.PENDING);
		assertThat(this.failures.counts().get(EventJobs.RECOVERY)).isGreaterThan(before);

		// Administrators see the count on the status page; nobody else does.
		Logins.Session admin = Logins.login(this.web, Logins.person("admin-" + UUID.randomUUID(), "ADMIN"));
		admin.apply(this.web.get().uri("/api/status"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.jobFailures['events-recovery']")
			.value(count -> assertThat(((Number) count).longValue()).isGreaterThan(before));
		Logins.Session member = Logins.login(this.web, Logins.person("lid-" + UUID.randomUUID(), "MEMBER"));
		for (Logins.Session notAdmin : new Logins.Session[] { member, Logins.anonymous(this.web) }) {
			notAdmin.apply(this.web.get().uri("/api/status"))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP")
				.jsonPath("$.jobFailures")
				.doesNotExist();
		}
	}

	/** A copy of the event under a new id, stored without the ledger every event should have. */
	private EventDocument withoutLedger(EventDocument model) {
		EventDocument event = this.eventRepository.findById(model.getId()).block(Duration.ofSeconds(10));
		event.setId(UUID.randomUUID().toString());
		event.setSeqNoPrimaryTerm(null);
		return this.eventRepository.save(event).block(Duration.ofSeconds(10));
	}

	@Test
	void anonymisationReachesEveryRegistrationOfAnEventWithMoreThanTenThousand() {
		// The registrations first, then the event: the background job, which may run any moment, must not find the
		// event with only part of its registrations stored.
		String eventId = UUID.randomUUID().toString();
		Instant endsAt = this.clock.instant().atOffset(ZoneOffset.UTC).minusMonths(13).toInstant();
		int total = 10_050;
		String index = this.operations.getIndexCoordinatesFor(RegistrationDocument.class).getIndexName();
		Flux.range(0, total).map(i -> {
			RegistrationDocument registration = new RegistrationDocument();
			registration.setId(eventId + "-" + i);
			registration.setEventId(eventId);
			registration.setSubject("massa-" + i);
			registration.setName("Deelnemer " + i);
			registration.setEmail("massa-" + i + "@example.test");
			registration.setSeats(1);
			registration.setAttempt(1);
			registration.setArrival(i + 1L);
			registration.setStatus(Status.CONFIRMED);
			registration.setCreatedAt(endsAt.minus(Duration.ofDays(7)));
			registration.setUpdatedAt(registration.getCreatedAt());
			return registration;
		}).buffer(2_000).concatMap(batch -> Mono.defer(() -> this.client.bulk(bulk -> {
			for (RegistrationDocument registration : batch) {
				Object source = this.operations.getElasticsearchConverter().mapObject(registration);
				bulk.operations(op -> op.index(write -> write.index(index).id(registration.getId()).document(source)));
			}
			return bulk;
		})).doOnNext(response -> assertThat(response.errors()).as("bulk errors").isFalse())).blockLast(Duration.ofSeconds(60));
		refresh();
		EventDocument old = pastEvent(eventId, endsAt);
		refresh();

		this.jobs.anonymise().block(Duration.ofSeconds(120));

		refresh();
		assertThat(countOf(old.getId(), false)).isZero();
		assertThat(countOf(old.getId(), true)).isEqualTo((long) total);
		assertThat(this.eventRepository.findById(old.getId()).block().getAnonymisedAt()).isNotNull();
	}

	private long countOf(String eventId, boolean anonymised) {
		NativeQuery query = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("eventId").value(eventId)))
				.filter(f -> f.term(t -> t.field("anonymised").value(anonymised)))))
			.build();
		return this.operations.count(query, RegistrationDocument.class).block(Duration.ofSeconds(10));
	}

	private RegistrationDocument pending(String eventId, PortalUser member, Instant at) {
		RegistrationDocument registration = new RegistrationDocument();
		registration.setId(RegistrationService.registrationId(eventId, member.subject()));
		registration.setEventId(eventId);
		registration.setSubject(member.subject());
		registration.setName(member.name());
		registration.setEmail(member.email());
		registration.setSeats(1);
		registration.setAttempt(1);
		registration.setStatus(Status.PENDING);
		registration.setCreatedAt(at);
		registration.setUpdatedAt(at);
		return this.registrationRepository.save(registration).block(Duration.ofSeconds(10));
	}

	private static Map<String, LedgerDocument.Entry> entriesById(LedgerDocument ledger) {
		return ledger.getEntries()
			.stream()
			.collect(java.util.stream.Collectors.toMap(LedgerDocument.Entry::getRegistrationId, entry -> entry));
	}

}
