package nl.ouderbetrokkenheid.portal.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.Contacts;
import nl.ouderbetrokkenheid.portal.mail.MailMessage;
import nl.ouderbetrokkenheid.portal.search.SavedSearchQueries;
import nl.ouderbetrokkenheid.portal.system.Hashes;
import nl.ouderbetrokkenheid.portal.system.WebProperties;

import org.springframework.stereotype.Component;

/**
 * The digest mail: a member's new matches per saved search, each with a link, and a one-click unsubscribe (a link in
 * the text that works without logging in, and the {@code List-Unsubscribe} headers mail programs offer as a button).
 */
@Component
@RequiredArgsConstructor
class DigestMails {

	private final WebProperties web;

	private final UnsubscribeTokens tokens;

	private final SavedSearchQueries queries;

	MailMessage digest(Contacts.Contact contact, Frequency frequency, List<SavedSearchDocument> searches,
			List<MatchDocument> matches, Instant now) {
		return digest(contact, frequency, searches, matches, now, false);
	}

	/**
	 * With {@code early} (an operator's round on demand) the key names the matches instead of the day: the day's
	 * scheduled digest still goes, and the same early round run again queues its mail once.
	 */
	MailMessage digest(Contacts.Contact contact, Frequency frequency, List<SavedSearchDocument> searches,
			List<MatchDocument> matches, Instant now, boolean early) {
		String base = this.web.publicBase();
		String token = this.tokens.sign(contact.subject(), frequency);
		Map<String, List<MatchDocument>> bySearch = matches.stream()
			.collect(Collectors.groupingBy(MatchDocument::getSavedSearch, LinkedHashMap::new, Collectors.toList()));
		StringBuilder text = new StringBuilder();
		text.append("Beste ").append(contact.name()).append(",\n\n");
		text.append("Er is iets nieuws in het Kennisportaal Ouderbetrokkenheid voor uw bewaarde zoekopdrachten.\n");
		for (SavedSearchDocument search : searches) {
			List<MatchDocument> found = bySearch.get(search.getId());
			if (found == null) {
				continue;
			}
			text.append("\n").append(this.queries.describe(search.getCriteria().filters())).append(":\n");
			for (MatchDocument match : found) {
				text.append("- ").append(match.getTitle()).append(kind(match)).append("\n  ").append(base)
					.append(match.getPath()).append("\n");
			}
		}
		text.append("\nU krijgt dit ").append((frequency == Frequency.DAILY) ? "dagelijkse" : "wekelijkse")
			.append(" overzicht omdat u deze zoekopdrachten bewaarde. Wijzigen kan op ").append(base)
			.append("/volgen\n");
		text.append("Geen overzichten meer ontvangen? Afmelden met één klik: ").append(base).append("/afmelden?token=")
			.append(token).append("\n");
		String oneClick = base + "/api/saved-searches/unsubscribe?token=" + token;
		String subject = (frequency == Frequency.DAILY) ? "Nieuw voor uw zoekopdrachten: dagelijks overzicht"
				: "Nieuw voor uw zoekopdrachten: wekelijks overzicht";
		// One digest per person, frequency and day: the same round run again (another replica, a retry) queues it once.
		String key = "digest-" + Hashes.sha256Hex(contact.subject(), 8) + "-" + frequency.name().toLowerCase() + "-"
				+ (early ? "now-" + Hashes.sha256Hex(String.join("\n", matches.stream().map(MatchDocument::getId).sorted().toList()), 8)
						: LocalDate.ofInstant(now, Frequency.AMSTERDAM).toString());
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("List-Unsubscribe", "<" + oneClick + ">");
		headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		return new MailMessage(key, contact.email(), subject, text.toString(), List.of(), headers);
	}

	private static String kind(MatchDocument match) {
		return (match.getKind() == NewPublications.Kind.EVENT) ? " (bijeenkomst)" : "";
	}

}
