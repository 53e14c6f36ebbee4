package nl.ouderbetrokkenheid.portal.isop;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.mail.MailMessage;
import nl.ouderbetrokkenheid.portal.system.WebProperties;

import org.springframework.stereotype.Component;

/** The mails of the ISOP track, in Dutch, each with a key that makes sending it idempotent. */
@Component
@RequiredArgsConstructor
class IsopMails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'om' HH:mm",
			Locale.forLanguageTag("nl"));

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

	private final IsopCalendar calendar;

	private final WebProperties web;

	/** The school contact hears of a planned visit, with the visit as a calendar invitation. */
	MailMessage visit(SchoolDocument school, SchoolDocument.Visit visit) {
		String text = """
				Beste %s,

				%s heeft een schoolbezoek gepland voor het ISOP-borgingstraject van %s.

				Wanneer: %s
				Waar: %s
				%s
				Het dossier: %s/mijn-isop/%s

				Met vriendelijke groet,
				Kennisportaal Ouderbetrokkenheid
				""".formatted(school.getContactName(), visit.getPlannedByName(), school.getName(),
				WHEN.format(visit.getStartsAt().atZone(Track.AMSTERDAM)), visit.getLocation(),
				(visit.getNote() != null && !visit.getNote().isBlank()) ? "\n" + visit.getNote() + "\n" : "",
				this.web.publicBase(), school.getId());
		return new MailMessage("isop-visit:" + visit.getId(), school.getContactEmail(),
				"Schoolbezoek ISOP gepland: " + school.getName(), text,
				List.of(new MailMessage.Attachment("schoolbezoek.ics", IsopCalendar.CONTENT_TYPE,
						this.calendar.visit(school, visit).getBytes(StandardCharsets.UTF_8))));
	}

	/**
	 * The assessor hears that a dossier is theirs to assess. One assigned by address, who has not logged in yet, is
	 * told to log in with that address: the dossier becomes theirs then.
	 */
	MailMessage assigned(SchoolDocument school, SchoolDocument.Step step, String email, String name) {
		String login = (name == null) ? """

				U heeft nog niet eerder ingelogd op het portaal. Log in met dit e-mailadres; het dossier staat dan onder
				"ISOP-dossiers". Heeft u de rol assessor nog niet, vraag die dan aan de beheerder van het portaal.
				""" : "";
		String text = """
				Beste %s,

				%s heeft u het ISOP-dossier van %s (%s) toegewezen om te beoordelen.
				%s
				Het dossier: %s/mijn-isop/%s

				Met vriendelijke groet,
				Kennisportaal Ouderbetrokkenheid
				""".formatted((name != null) ? name : "assessor", step.getActorName(), school.getName(), school.getPlace(),
				login, this.web.publicBase(), school.getId());
		return new MailMessage("isop-assigned:" + school.getId() + ":" + step.getAt().toEpochMilli(), email,
				"ISOP-dossier toegewezen: " + school.getName(), text, List.of());
	}

	/** The school contact hears the assessor's decision and its reason. */
	MailMessage decision(SchoolDocument school, SchoolDocument.Step step) {
		String what = switch (step.getTo()) {
			case AWARDED -> "Gefeliciteerd: %s heeft het ISOP-label gekregen, geldig tot %s.".formatted(school.getName(),
					DAY.format(school.getLabel().getValidUntil().atZone(Track.AMSTERDAM)));
			case DECLINED -> "Het ISOP-label is voor %s niet toegekend.".formatted(school.getName());
			default -> "De assessor vraagt om aanvulling van het dossier van %s.".formatted(school.getName());
		};
		String text = """
				Beste %s,

				%s

				Toelichting van %s:
				%s

				Het dossier: %s/mijn-isop/%s

				Met vriendelijke groet,
				Kennisportaal Ouderbetrokkenheid
				""".formatted(school.getContactName(), what, step.getActorName(), step.getDetail(), this.web.publicBase(),
				school.getId());
		return new MailMessage("isop-decision:" + school.getId() + ":" + step.getAt().toEpochMilli(),
				school.getContactEmail(), "ISOP-label: " + school.getName(), text, List.of());
	}

	/** The school contact is reminded, once per label, that it expires. */
	MailMessage expiry(SchoolDocument school) {
		Instant until = school.getLabel().getValidUntil();
		String text = """
				Beste %s,

				Het ISOP-label van %s is geldig tot %s. Daarna staat de school niet meer in het openbare register.
				Start op tijd een nieuw borgingstraject: %s/mijn-isop/%s

				Met vriendelijke groet,
				Kennisportaal Ouderbetrokkenheid
				""".formatted(school.getContactName(), school.getName(), DAY.format(until.atZone(Track.AMSTERDAM)),
				this.web.publicBase(), school.getId());
		return new MailMessage("isop-expiry:" + school.getId() + ":" + until.toEpochMilli(), school.getContactEmail(),
				"Uw ISOP-label verloopt op " + DAY.format(until.atZone(Track.AMSTERDAM)), text, List.of());
	}

}
