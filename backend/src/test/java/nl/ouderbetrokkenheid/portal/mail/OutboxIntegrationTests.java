package nl.ouderbetrokkenheid.portal.mail;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.nio.channels.ClosedChannelException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.ouderbetrokkenheid.portal.support.ElasticsearchTestNode;
import nl.ouderbetrokkenheid.portal.support.MovableClock;
import nl.ouderbetrokkenheid.portal.support.OidcProviderStub;
import nl.ouderbetrokkenheid.portal.support.RedisTestServer;
import nl.ouderbetrokkenheid.portal.system.JobFailures;
import nl.ouderbetrokkenheid.portal.system.JobRounds;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ContextConfiguration;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox against a real SMTP server that this test stops and starts, with two senders (as two replicas have)
 * working the same outbox at the same time. Its own application context, with its own indices and its own mail
 * server, and with the background sender slowed to once an hour, so the test decides when the senders run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = { ElasticsearchTestNode.Initializer.class, OidcProviderStub.Initializer.class,
		RedisTestServer.Initializer.class, OutboxIntegrationTests.Initializer.class })
class OutboxIntegrationTests {

	private static final int SMTP_PORT = freePort();

	private static GreenMail smtp;

	@Autowired
	private Outbox outbox;

	@Autowired
	private OutboxSender sender;

	@Autowired
	private ReactiveElasticsearchOperations operations;

	@Autowired
	private JavaMailSender mailSender;

	@Autowired
	private SentMarks marks;

	@Autowired
	private MailProperties properties;

	@Autowired
	private Clock clock;

	@Autowired
	private JobFailures failures;

	@Autowired
	private JobRounds rounds;

	@Autowired
	private MeterRegistry meters;

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The mail server comes up (again) on the port the portal is configured with. */
	private static void smtpUp() {
		smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
	}

	private static void smtpDown() {
		if (smtp != null) {
			smtp.stop();
			smtp = null;
		}
	}

	@AfterEach
	void stopSmtp() {
		smtpDown();
	}

	@AfterAll
	static void stopSmtpAtLast() {
		smtpDown();
	}

	/** The second replica's sender: its own instance, sharing only Elasticsearch and the SMTP server. */
	private OutboxSender otherReplica() {
		return replica(this.operations, this.mailSender, this.clock);
	}

	/** A replica's sender that reaches Elasticsearch, the SMTP server and the time this way. */
	private OutboxSender replica(ReactiveElasticsearchOperations elasticsearch, JavaMailSender mail, Clock time) {
		return new OutboxSender(elasticsearch, mail, this.marks, this.properties, this.failures, this.rounds, time,
				this.meters);
	}

	private double resent() {
		return this.meters.get("portal.outbox.resent").counter().count();
	}

	/** Deliveries to one address counted by Message-ID, and by content (subject and text): each must be 1. */
	private static Map<String, Long> perMessageId(List<MimeMessage> delivered) {
		return delivered.stream().collect(Collectors.groupingBy(message -> {
			try {
				return message.getMessageID();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}, Collectors.counting()));
	}

	private static Map<String, Long> perContent(List<MimeMessage> delivered) {
		return delivered.stream().collect(Collectors.groupingBy(message -> {
			try {
				return message.getSubject() + "\n" + GreenMailUtil.getBody(message);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}, Collectors.counting()));
	}

	private OutboxDocument stored(String key) {
		return this.operations.get(Outbox.idOf(key), OutboxDocument.class).block(Duration.ofSeconds(10));
	}

	/** Both replicas run send rounds at the same time until the condition holds (bounded). */
	private void sendUntil(List<OutboxSender> senders, BooleanSupplier done) {
		Instant deadline = Instant.now().plusSeconds(60);
		while (!done.getAsBoolean()) {
			assertThat(Instant.now()).as("deadline").isBefore(deadline);
			Flux.fromIterable(senders).flatMap(OutboxSender::sendDue).blockLast(Duration.ofSeconds(60));
		}
	}

	private static List<MimeMessage> received(String to) {
		return (smtp == null) ? List.of() : Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(to);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static MailMessage mail(String key, String to) {
		return new MailMessage(key, to, "Onderwerp " + key, "Tekst", List.of(new MailMessage.Attachment(
				"bijeenkomst.ics", "text/calendar; charset=UTF-8", "BEGIN:VCALENDAR".getBytes())));
	}

	/** Queues one mail to an address of its own ({@link #to}); answers the mail's key. */
	private String queued(String name) {
		String key = name + "-" + UUID.randomUUID();
		this.outbox.enqueue(mail(key, to(key))).block(Duration.ofSeconds(10));
		return key;
	}

	/** As {@link #queued}, and searchable at once: the very next send round finds it. */
	private String queuedAndSearchable(String name) {
		String key = queued(name);
		this.operations.indexOps(OutboxDocument.class).refresh().block(Duration.ofSeconds(10));
		return key;
	}

	/** A replica claimed the mail and died: SENDING, with a claim that has run out. */
	private OutboxDocument leftSendingByADeadReplica(String key) {
		OutboxDocument claimed = stored(key);
		claimed.setStatus(OutboxDocument.Status.SENDING);
		claimed.setAttempts(1);
		claimed.setClaimedUntil(this.clock.instant().minusSeconds(1));
		claimed.setClaimedBy("replica-that-died");
		return this.operations.save(claimed).block(Duration.ofSeconds(10));
	}

	private static String to(String key) {
		return key + "@example.test";
	}

	@Test
	void aMailServerThatIsDownLosesNothingAndTheMailGoesOutOnceWhenItIsBack() throws Exception {
		smtpDown();
		String key = "down-" + UUID.randomUUID();
		String to = to(key);
		assertThat(this.outbox.enqueue(mail(key, to)).block()).isTrue();
		assertThat(this.outbox.enqueue(mail(key, to)).block()).as("queued once").isFalse();
		List<OutboxSender> replicas = List.of(this.sender, otherReplica());

		// While the server is down every attempt fails, and the mail stays queued with a growing delay.
		sendUntil(replicas, () -> stored(key).getAttempts() >= 3);
		OutboxDocument waiting = stored(key);
		assertThat(waiting.getStatus()).isEqualTo(OutboxDocument.Status.PENDING);
		assertThat(waiting.getLastError()).isNotBlank();
		assertThat(waiting.getNextAttemptAt()).isAfter(waiting.getCreatedAt());

		smtpUp();
		sendUntil(replicas, () -> stored(key).getStatus() == OutboxDocument.Status.SENT);
		// More rounds on both replicas send nothing more.
		Flux.fromIterable(replicas).flatMap(OutboxSender::sendDue).blockLast(Duration.ofSeconds(30));
		Flux.fromIterable(replicas).flatMap(OutboxSender::sendDue).blockLast(Duration.ofSeconds(30));
		List<MimeMessage> delivered = received(to);
		assertThat(delivered).hasSize(1);
		assertThat(delivered.getFirst().getSubject()).isEqualTo("Onderwerp " + key);
		assertThat(delivered.getFirst().getMessageID()).isEqualTo("<" + Outbox.idOf(key) + "@kennisportaal.ouderbetrokkenheid>");
	}

	@Test
	void aFailedAttemptIsPutBackForItsRetryEvenWhenElasticsearchDropsTheFirstWrite() {
		smtpDown();
		String key = queued("blip");
		// The second write of the round (putting the mail back after the SMTP failure) loses its connection once.
		AtomicInteger saves = new AtomicInteger();
		ReactiveElasticsearchOperations dropsOneWrite = (ReactiveElasticsearchOperations) Proxy.newProxyInstance(
				getClass().getClassLoader(), new Class<?>[] { ReactiveElasticsearchOperations.class },
				(proxy, method, args) -> {
					if (method.getName().equals("save") && saves.incrementAndGet() == 2) {
						return Mono.error(new DataAccessResourceFailureException("connection dropped",
								new ClosedChannelException()));
					}
					try {
						return method.invoke(this.operations, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
		OutboxSender sender = replica(dropsOneWrite, this.mailSender, this.clock);

		sendUntil(List.of(sender), () -> stored(key).getAttempts() >= 1);

		OutboxDocument waiting = stored(key);
		assertThat(saves.get()).as("the dropped write was tried again").isGreaterThanOrEqualTo(3);
		assertThat(waiting.getStatus()).as("back in the queue, not left claimed").isEqualTo(OutboxDocument.Status.PENDING);
		assertThat(waiting.getLastError()).isNotBlank();
	}

	@Test
	void twoReplicasSendingTheSameOutboxAtOnceSendEachMailExactlyOnce() {
		smtpUp();
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> keys = IntStream.range(0, 60).mapToObj(i -> "twice-" + run + "-" + i).toList();
		Flux.fromIterable(keys).flatMap(key -> this.outbox.enqueue(mail(key, run + "@example.test")), 8)
			.blockLast(Duration.ofSeconds(30));
		// A bulk enqueue of the same mails (a retried projection) adds nothing.
		this.outbox.enqueueAll(keys.stream().map(key -> mail(key, run + "@example.test")).toList())
			.block(Duration.ofSeconds(30));
		List<OutboxSender> replicas = List.of(this.sender, otherReplica(), otherReplica());
		double resentBefore = resent();

		sendUntil(replicas, () -> keys.stream().allMatch(key -> stored(key).getStatus() == OutboxDocument.Status.SENT));
		// A few more racing rounds find nothing left to send.
		Flux.fromIterable(replicas).flatMap(OutboxSender::sendDue).blockLast(Duration.ofSeconds(30));

		List<MimeMessage> delivered = received(run + "@example.test");
		assertThat(delivered).hasSize(60);
		assertThat(perMessageId(delivered)).hasSize(60).allSatisfy((id, copies) -> assertThat(copies).isEqualTo(1));
		assertThat(perContent(delivered)).hasSize(60).allSatisfy((content, copies) -> assertThat(copies).isEqualTo(1));
		assertThat(keys).allSatisfy(key -> {
			OutboxDocument sent = stored(key);
			assertThat(sent.getAttempts()).isEqualTo(1);
			assertThat(sent.getResends()).isZero();
			assertThat(sent.getClaimedBy()).isIn(replicas.stream().map(OutboxSender::replica).toList());
		});
		assertThat(resent()).as("no take-overs while every replica lives").isEqualTo(resentBefore);
	}

	@Test
	void aMailWhoseSenderDiedMidSendIsTakenOverOnceTheClaimExpires() throws MessagingException {
		smtpUp();
		String key = queued("orphan");
		String to = to(key);
		leftSendingByADeadReplica(key);
		double resentBefore = resent();

		sendUntil(List.of(this.sender, otherReplica()), () -> stored(key).getStatus() == OutboxDocument.Status.SENT);
		assertThat(received(to)).hasSize(1);
		assertThat(received(to).getFirst().getMessageID())
			.isEqualTo("<" + Outbox.idOf(key) + "@kennisportaal.ouderbetrokkenheid>");
		OutboxDocument sent = stored(key);
		assertThat(sent.getAttempts()).isEqualTo(2);
		// In doubt (the dead replica may have handed it over): counted, on the mail and in the metric.
		assertThat(sent.getResends()).isEqualTo(1);
		assertThat(sent.getClaimedBy()).isNotEqualTo("replica-that-died");
		assertThat(resent()).isEqualTo(resentBefore + 1);
	}

	@Test
	void aMailTheServerAcceptedBeforeItsSenderDiedIsMarkedSentNotSentAgain() {
		smtpUp();
		String key = queued("accepted-then-died");
		String to = to(key);
		// The SMTP server had accepted it, and the replica had recorded that in the session store before it died.
		this.marks.accepted(leftSendingByADeadReplica(key).getId()).block(Duration.ofSeconds(10));
		double resentBefore = resent();

		sendUntil(List.of(this.sender, otherReplica()), () -> stored(key).getStatus() == OutboxDocument.Status.SENT);
		assertThat(received(to)).as("not sent again").isEmpty();
		assertThat(stored(key).getResends()).isZero();
		assertThat(resent()).isEqualTo(resentBefore);
	}

	@Test
	void aMailHandedOverIsRecordedAsAcceptedBeforeItIsMarkedSent() {
		smtpUp();
		String key = queued("recorded");
		String to = to(key);
		String id = Outbox.idOf(key);
		assertThat(this.marks.wasAccepted(id).block(Duration.ofSeconds(10))).isFalse();

		sendUntil(List.of(this.sender), () -> stored(key).getStatus() == OutboxDocument.Status.SENT);
		assertThat(received(to)).hasSize(1);
		assertThat(this.marks.wasAccepted(id).block(Duration.ofSeconds(10))).isTrue();
	}

	/**
	 * The outbox's operations, with {@code then} applied to the answer of the first write that claims the mail with
	 * this key (status SENDING): a replica that pauses or stalls right after claiming. {@code claims} counts the claims.
	 */
	private ReactiveElasticsearchOperations afterFirstClaim(String key, AtomicInteger claims,
			java.util.function.UnaryOperator<Mono<Object>> then) {
		return (ReactiveElasticsearchOperations) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { ReactiveElasticsearchOperations.class }, (proxy, method, args) -> {
					Object result;
					try {
						result = method.invoke(this.operations, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
					if (method.getName().equals("save") && args[0] instanceof OutboxDocument saved
							&& saved.getId().equals(Outbox.idOf(key)) && saved.getStatus() == OutboxDocument.Status.SENDING
							&& claims.getAndIncrement() == 0) {
						@SuppressWarnings("unchecked")
						Mono<Object> claim = (Mono<Object>) result;
						return then.apply(claim);
					}
					return result;
				});
	}

	@Test
	void aReplicaThatStallsAfterClaimingDoesNotSendOnceAnotherReplicaHasTakenTheMailOver() {
		smtpUp();
		String key = queuedAndSearchable("stalled");
		String to = to(key);
		MovableClock time = new MovableClock(this.clock.instant().plusSeconds(1));
		OutboxSender other = replica(this.operations, this.mailSender, time);
		// Replica A claims the mail, then stalls for longer than the claim lasts: meanwhile replica B (same time)
		// finds the claim run out, takes the mail over and sends it.
		AtomicInteger claims = new AtomicInteger();
		ReactiveElasticsearchOperations stallsAfterClaiming = afterFirstClaim(key, claims,
				claim -> claim.flatMap(claimed -> Mono.fromRunnable(() -> time.advance(
						this.properties.claimTimeout().plusSeconds(1)))
					.then(this.operations.indexOps(OutboxDocument.class).refresh())
					.then(Mono.defer(other::sendDue)) // its round starts now, at the moved time
					.thenReturn(claimed)));
		OutboxSender stalling = replica(stallsAfterClaiming, this.mailSender, time);
		double resentBefore = resent();

		stalling.sendDue().block(Duration.ofSeconds(60));

		assertThat(claims.get()).as("A claimed it").isPositive();
		assertThat(received(to)).as("B sent it, A did not").hasSize(1);
		OutboxDocument sent = stored(key);
		assertThat(sent.getStatus()).isEqualTo(OutboxDocument.Status.SENT);
		assertThat(sent.getClaimedBy()).isEqualTo(other.replica());
		// B could not know that A had not handed it over: a take-over in doubt, counted as such.
		assertThat(sent.getResends()).isEqualTo(1);
		assertThat(resent()).isEqualTo(resentBefore + 1);
	}

	@Test
	void aClaimWithTooLittleLeaseLeftIsPutBackUnsentAndSentOnceLater() {
		smtpUp();
		String key = queuedAndSearchable("short");
		String to = to(key);
		MovableClock time = new MovableClock(this.clock.instant().plusSeconds(1));
		// Right after the claim this replica's time jumps past half the lease (a pause): it must not start sending.
		AtomicInteger claims = new AtomicInteger();
		ReactiveElasticsearchOperations pausesAfterClaiming = afterFirstClaim(key, claims,
				claim -> claim.doOnNext(claimed -> time.advance(this.properties.claimTimeout().dividedBy(2).plusSeconds(1))));
		OutboxSender pausing = replica(pausesAfterClaiming, this.mailSender, time);
		double resentBefore = resent();

		pausing.sendDue().block(Duration.ofSeconds(60));
		assertThat(claims.get()).as("claimed it").isPositive();
		assertThat(received(to)).isEmpty();
		OutboxDocument back = stored(key);
		assertThat(back.getStatus()).as("given back, not left claimed").isEqualTo(OutboxDocument.Status.PENDING);
		assertThat(back.getAttempts()).as("not an attempt").isZero();
		assertThat(back.getClaimedBy()).isNull();

		sendUntil(List.of(pausing), () -> stored(key).getStatus() == OutboxDocument.Status.SENT);
		assertThat(received(to)).hasSize(1);
		assertThat(stored(key).getResends()).as("given back, so not in doubt").isZero();
		assertThat(resent()).isEqualTo(resentBefore);
	}

	@Test
	void aMailWhoseSentMarkIsOvertakenAfterTheServerAcceptedItGoesOutOnce() {
		smtpUp();
		String key = queued("accepted");
		String to = to(key);
		// The SMTP server accepts the mail, and right then someone else writes the outbox document: the SENT write
		// that follows loses its compare-and-set.
		JavaMailSenderImpl interfering = new JavaMailSenderImpl() {
			@Override
			protected void doSend(MimeMessage[] messages, Object[] originals) {
				super.doSend(messages, originals);
				operations.save(stored(key)).block(Duration.ofSeconds(10));
			}
		};
		interfering.setHost("127.0.0.1");
		interfering.setPort(SMTP_PORT);
		OutboxSender sender = replica(this.operations, interfering, this.clock);
		sendUntil(List.of(sender), () -> !received(to).isEmpty());

		// Later rounds, one on a replica whose clock is past the claim, send nothing more.
		Clock later = Clock.offset(this.clock, this.properties.claimTimeout().plusMinutes(1));
		OutboxSender laterReplica = replica(this.operations, this.mailSender, later);
		this.operations.indexOps(OutboxDocument.class).refresh().block(Duration.ofSeconds(10));
		Flux.merge(laterReplica.sendDue(), this.sender.sendDue()).blockLast(Duration.ofSeconds(30));
		Flux.merge(laterReplica.sendDue(), this.sender.sendDue()).blockLast(Duration.ofSeconds(30));

		assertThat(received(to)).hasSize(1);
		assertThat(stored(key).getStatus()).isEqualTo(OutboxDocument.Status.SENT);
	}

	@Test
	void sentAndAbandonedMailsAreDeletedAfterTheRetentionPeriodWhileOthersStay() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Instant longAgo = this.clock.instant().minus(this.properties.retention()).minus(Duration.ofDays(1));
		Map<String, OutboxDocument.Status> statuses = Map.of("old-sent-" + run, OutboxDocument.Status.SENT,
				"old-failed-" + run, OutboxDocument.Status.FAILED, "old-pending-" + run, OutboxDocument.Status.PENDING,
				"recent-sent-" + run, OutboxDocument.Status.SENT);
		statuses.forEach((key, status) -> {
			this.outbox.enqueue(mail(key, to(key))).block(Duration.ofSeconds(10));
			OutboxDocument mail = stored(key);
			mail.setStatus(status);
			mail.setNextAttemptAt(this.clock.instant().plus(Duration.ofDays(1))); // not due: no round sends it now
			mail.setCreatedAt(key.startsWith("old-") ? longAgo : this.clock.instant().minus(Duration.ofDays(1)));
			this.operations.save(mail).block(Duration.ofSeconds(10));
		});
		this.operations.indexOps(OutboxDocument.class).refresh().block(Duration.ofSeconds(10));

		// Two replicas at once: deleting twice is harmless.
		Flux.merge(this.sender.purgeExpired(), otherReplica().purgeExpired()).blockLast(Duration.ofSeconds(30));

		assertThat(stored("old-sent-" + run)).isNull();
		assertThat(stored("old-failed-" + run)).isNull();
		assertThat(stored("old-pending-" + run)).isNotNull();
		assertThat(stored("recent-sent-" + run)).isNotNull();
	}

	/** This context's own indices and mail server, and a background sender that leaves the rounds to the test. */
	static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues
				.of("portal.elasticsearch.prefix=kp-outbox-test-", "spring.mail.host=127.0.0.1",
						"spring.mail.port=" + SMTP_PORT, "spring.mail.properties.mail.smtp.connectiontimeout=2000",
						"portal.mail.poll-interval=1h", "portal.mail.first-retry=50ms", "portal.mail.max-retry-delay=200ms")
				.applyTo(context);
		}

	}

}
