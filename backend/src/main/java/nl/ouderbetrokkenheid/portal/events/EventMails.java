package nl.ouderbetrokkenheid.portal.events;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.mail.MailMessage;
import nl.ouderbetrokkenheid.portal.system.WebProperties;

import org.springframework.stereotype.Component;

/**
 * The mails registrants receive, in Dutch (the portal's audience). Keys are derived from the registration and the
 * ledger revision, so each change produces exactly one mail however often it is projected.
 */
@Component
@RequiredArgsConstructor
class EventMails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm",
			Locale.forLanguageTag("nl-NL"));

	private final EventCalendar calendar;

	private final WebProperties web;

	/** The mail for a ledger change, or {@code null} when the change needs none (the member cancelled). */
	MailMessage forChange(EventDocument event, RegistrationDocument registration, LedgerDocument.Entry entry) {
		if (registration.getEmail() == null) {
			return null;
		}
		String key = "registration-" + registration.getId() + "-" + entry.getRev();
		return switch (entry.getNotice()) {
			case CONFIRMED -> mail(key, registration, "Aanmelding bevestigd: " + event.getTitle(),
					"Je aanmelding voor \"%s\" is bevestigd%s.".formatted(event.getTitle(), withColleagues(registration)),
					event, true);
			case WAITLISTED -> mail(key, registration, "Op de wachtlijst: " + event.getTitle(),
					"\"%s\" is vol. Je staat op de wachtlijst; komt er een plek vrij, dan schuif je automatisch door en hoor je dat meteen."
						.formatted(event.getTitle()),
					event, false);
			case PROMOTED -> mail(key, registration, "Er is een plek vrij: je bent aangemeld voor " + event.getTitle(),
					"Goed nieuws: er kwam een plek vrij bij \"%s\". Je bent van de wachtlijst doorgeschoven en je aanmelding is nu bevestigd."
						.formatted(event.getTitle()),
					event, true);
			case EVENT_CANCELLED -> mail(key, registration, "Geannuleerd: " + event.getTitle(),
					"Helaas: de organisator heeft \"%s\" geannuleerd. Je aanmelding vervalt.".formatted(event.getTitle()),
					event, true);
			case CANCELLED_BY_MEMBER -> null;
		};
	}

	MailMessage reminder(EventDocument event, RegistrationDocument registration) {
		return mail("reminder-" + registration.getId() + "-" + registration.getAttempt(), registration,
				"Herinnering: " + event.getTitle(),
				"Over twee dagen is het zover: \"%s\".".formatted(event.getTitle()), event, true);
	}

	private MailMessage mail(String key, RegistrationDocument registration, String subject, String opening,
			EventDocument event, boolean attachCalendar) {
		String text = """
				Beste %s,

				%s

				Wanneer: %s
				Waar: %s
				Meer informatie en je aanmelding: %s/bijeenkomsten/%s

				Met vriendelijke groet,
				Kennisportaal Ouderbetrokkenheid
				""".formatted(registration.getName(), opening,
				WHEN.format(event.getStartsAt().atZone(EventCalendar.AMSTERDAM)),
				(EventCalendar.location(event) != null) ? EventCalendar.location(event) : "-",
				this.web.publicBase(), event.getId());
		List<MailMessage.Attachment> attachments = attachCalendar
				? List.of(new MailMessage.Attachment("bijeenkomst.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
						this.calendar.single(event).getBytes(StandardCharsets.UTF_8)))
				: List.of();
		return new MailMessage(key, registration.getEmail(), subject, text, attachments);
	}

	private static String withColleagues(RegistrationDocument registration) {
		return registration.getColleagues().isEmpty() ? ""
				: ", samen met " + String.join(", ", registration.getColleagues());
	}

}
