package nl.ouderbetrokkenheid.portal.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server (GreenMail) in the test JVM, started once on a free port like the Elasticsearch node, because
 * the Spring context (and with it the mail settings) is shared by all test classes.
 */
public final class MailTestServer {

	private static GreenMail server;

	private MailTestServer() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail"));
		}
		return server;
	}

	/** Waits (bounded) until a received mail to {@code to} matches, and returns every such mail. */
	public static List<MimeMessage> await(String to, Predicate<MimeMessage> matches, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		while (true) {
			List<MimeMessage> found = Arrays.stream(server().getReceivedMessages())
				.filter(message -> recipient(message).equalsIgnoreCase(to))
				.filter(matches)
				.toList();
			if (!found.isEmpty() || Instant.now().isAfter(deadline)) {
				return found;
			}
			server().waitForIncomingEmail(200, 1);
		}
	}

	public static List<MimeMessage> to(String to) {
		return Arrays.stream(server().getReceivedMessages())
			.filter(message -> recipient(message).equalsIgnoreCase(to))
			.toList();
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Points a test's application context at the server, with a quick outbox poll. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues
				.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + server().getSmtp().getPort(),
						"portal.mail.poll-interval=300ms", "portal.mail.first-retry=200ms")
				.applyTo(context);
		}

	}

}
