package nl.ouderbetrokkenheid.portal.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends mail (the SMTP server itself is {@code spring.mail.*}).
 *
 * @param from the sender address
 * @param pollInterval how often each replica looks for due mails
 * @param claimTimeout how long a claim lasts; a mail claimed by a replica that died is retried after this
 * @param maxAttempts attempts before a mail is marked FAILED
 * @param firstRetry the delay before the first retry; it doubles with every attempt up to {@code maxRetryDelay}
 * @param maxRetryDelay the longest delay between attempts
 * @param batchSize how many due mails one round claims at most
 * @param retention how long sent and abandoned mails are kept; they hold names and addresses, so not for ever
 */
@ConfigurationProperties("portal.mail")
record MailProperties(@DefaultValue("Kennisportaal Ouderbetrokkenheid <noreply@kennisportaal.test>") String from,
		@DefaultValue("2s") Duration pollInterval, @DefaultValue("2m") Duration claimTimeout,
		@DefaultValue("10") int maxAttempts, @DefaultValue("5s") Duration firstRetry,
		@DefaultValue("30m") Duration maxRetryDelay, @DefaultValue("50") int batchSize,
		@DefaultValue("30d") Duration retention) {
}
