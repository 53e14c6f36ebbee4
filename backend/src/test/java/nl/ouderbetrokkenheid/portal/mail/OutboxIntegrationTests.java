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
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.ouderbetrokkenheid.portal.support.ElasticsearchTestNode;
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
	private MailProperties properties;

	@Autowired
	private Clock clock;

	@Autowired
	private JobFailures failures;

	@Autowired
	private JobRounds rounds;

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
		return new OutboxSender(this.operations, this.mailSender, this.properties, this.failures, this.rounds,
				this.clock);
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

	@Test
	void aMailServerThatIsDownLosesNothingAndTheMailGoesOutOnceWhenItIsBack() throws Exception {
		smtpDown();
		String key = "down-" + UUID.randomUUID();
		String to = key + "@example.test";
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
		String key = "blip-" + UUID.randomUUID();
		this.outbox.enqueue(mail(key, key + "@example.test")).block(Duration.ofSeconds(10));
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
		OutboxSender sender = new OutboxSender(dropsOneWrite, this.mailSender, this.properties, this.failures,
				this.rounds, this.clock);

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

		sendUntil(replicas, () -> keys.stream().allMatch(key -> stored(key).getStatus() == OutboxDocument.Status.SENT));

		Map<String, Long> perMessageId = received(run + "@example.test").stream().collect(Collectors.groupingBy(message -> {
			try {
				return message.getMessageID();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}, Collectors.counting()));
		assertThat(perMessageId).hasSize(60);
		assertThat(perMessageId.values()).containsOnly(1L);
		assertThat(keys).allSatisfy(key -> assertThat(stored(key).getAttempts()).isEqualTo(1));
	}

	@Test
	void aMailWhoseSenderDiedMidSendIsTakenOverOnceTheClaimExpires() {
		smtpUp();
		String key = "orphan-" + UUID.randomUUID();
		String to = key + "@example.test";
		this.outbox.enqueue(mail(key, to)).block(Duration.ofSeconds(10));
		// A replica claimed it and died: SENDING, with a claim that has run out.
		OutboxDocument claimed = stored(key);
		claimed.setStatus(OutboxDocument.Status.SENDING);
		claimed.setAttempts(1);
		claimed.setClaimedUntil(this.clock.instant().minusSeconds(1));
		this.operations.save(claimed).block(Duration.ofSeconds(10));

		sendUntil(List.of(this.sender, otherReplica()), () -> stored(key).getStatus() == OutboxDocument.Status.SENT);
		assertThat(received(to)).hasSize(1);
		assertThat(stored(key).getAttempts()).isEqualTo(2);
	}

	@Test
	void aMailWhoseSentMarkIsOvertakenAfterTheServerAcceptedItGoesOutOnce() {
		smtpUp();
		String key = "accepted-" + UUID.randomUUID();
		String to = key + "@example.test";
		this.outbox.enqueue(mail(key, to)).block(Duration.ofSeconds(10));
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
		OutboxSender sender = new OutboxSender(this.operations, interfering, this.properties, this.failures, this.rounds,
				this.clock);
		sendUntil(List.of(sender), () -> !received(to).isEmpty());

		// Later rounds, one on a replica whose clock is past the claim, send nothing more.
		Clock later = Clock.offset(this.clock, this.properties.claimTimeout().plusMinutes(1));
		OutboxSender laterReplica = new OutboxSender(this.operations, this.mailSender, this.properties, this.failures,
				this.rounds, later);
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
			this.outbox.enqueue(mail(key, key + "@example.test")).block(Duration.ofSeconds(10));
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
