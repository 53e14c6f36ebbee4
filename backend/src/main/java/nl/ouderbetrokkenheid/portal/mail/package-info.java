/**
 * Outgoing e-mail: features put a {@link nl.ouderbetrokkenheid.portal.mail.MailMessage} in the
 * {@link nl.ouderbetrokkenheid.portal.mail.Outbox} (an Elasticsearch index), and a sender on every replica claims due
 * mails with optimistic concurrency, hands them to the SMTP server and retries with backoff, so a mail server that is
 * down loses nothing and two replicas never send the same mail.
 */
package nl.ouderbetrokkenheid.portal.mail;
