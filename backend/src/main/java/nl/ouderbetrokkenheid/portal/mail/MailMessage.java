package nl.ouderbetrokkenheid.portal.mail;

import java.util.List;

/**
 * One e-mail to one recipient. The {@code key} makes enqueueing idempotent: the same key is sent at most once, so a
 * feature derives it from what the mail is about (for example a registration and its revision).
 *
 * @param key a stable identifier of this mail, unique per distinct mail
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the plain-text body
 * @param attachments files to attach (for example an iCalendar invitation)
 */
public record MailMessage(String key, String to, String subject, String text, List<Attachment> attachments) {

	/** A file attached to a mail. */
	public record Attachment(String filename, String contentType, byte[] content) {
	}

	public MailMessage {
		attachments = (attachments == null) ? List.of() : List.copyOf(attachments);
	}

}
