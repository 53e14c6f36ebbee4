package nl.ouderbetrokkenheid.portal.mail;

import java.util.List;
import java.util.Map;

/**
 * One e-mail to one recipient. The {@code key} makes enqueueing idempotent: the same key is sent at most once, so a
 * feature derives it from what the mail is about (for example a registration and its revision).
 *
 * @param key a stable identifier of this mail, unique per distinct mail
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the plain-text body
 * @param attachments files to attach (for example an iCalendar invitation)
 * @param headers further header lines (for example {@code List-Unsubscribe} of a digest)
 */
public record MailMessage(String key, String to, String subject, String text, List<Attachment> attachments,
		Map<String, String> headers) {

	/** A file attached to a mail. */
	public record Attachment(String filename, String contentType, byte[] content) {
	}

	public MailMessage {
		attachments = (attachments == null) ? List.of() : List.copyOf(attachments);
		headers = (headers == null) ? Map.of() : Map.copyOf(headers);
	}

	public MailMessage(String key, String to, String subject, String text, List<Attachment> attachments) {
		this(key, to, subject, text, attachments, Map.of());
	}

}
