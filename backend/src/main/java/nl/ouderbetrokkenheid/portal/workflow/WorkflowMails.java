package nl.ouderbetrokkenheid.portal.workflow;

import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.Contacts;
import nl.ouderbetrokkenheid.portal.identity.Role;
import nl.ouderbetrokkenheid.portal.mail.MailMessage;
import nl.ouderbetrokkenheid.portal.mail.Outbox;
import nl.ouderbetrokkenheid.portal.system.WebProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Editors hear of each submission, authors of each decision, in Dutch, through the mail outbox, for every kind of
 * writing ({@link Words} names it). Keys are derived from the document and the step in its history, so a retried
 * request mails once. A mail that cannot be queued does not undo the decision: it is logged.
 */
@Component
@RequiredArgsConstructor
public class WorkflowMails {

	private static final Logger logger = LoggerFactory.getLogger(WorkflowMails.class);

	private final Outbox outbox;

	private final Contacts contacts;

	private final WebProperties web;

	/**
	 * How the mails name one kind of writing.
	 *
	 * @param kind the kind in mail keys and the log ({@code article})
	 * @param noun the Dutch noun ({@code artikel})
	 * @param newOne a new one, as a subject starts ({@code Nieuw artikel})
	 * @param it the pronoun for a published one ({@code Het})
	 * @param reviewPath where editors review one, before its id ({@code /redactie/artikelen/})
	 * @param mine the author's list, as the footer names it ({@code Je artikelen})
	 * @param minePath where that list is ({@code /mijn-artikelen})
	 * @param namesUnpublishing whether taking a published one offline has its own words (else it reads as a request
	 * for changes)
	 */
	public record Words(String kind, String noun, String newOne, String it, String reviewPath, String mine,
			String minePath, boolean namesUnpublishing) {
	}

	/**
	 * Tells whoever must act on the document's last step: editors for a submission, the author for a decision.
	 * {@code publicPath} is where readers find it once published.
	 */
	public Mono<Void> afterTransition(WorkflowFields document, Words words, String publicPath) {
		Transition step = document.getHistory().getLast();
		String key = words.kind() + "-" + document.getId() + "-" + document.getHistory().size();
		Flux<MailMessage> mails = switch (step.getTo()) {
			case SUBMITTED -> this.contacts.withRole(Role.EDITOR)
				.map(editor -> new MailMessage(key + "-" + editor.subject(), editor.email(),
						words.newOne() + " ter beoordeling: " + document.getTitle(),
						text(editor.name(), "%s heeft een %s ingediend (versie %d): \"%s\".\n\nBeoordelen: %s%s%s"
							.formatted(document.getAuthorName(), words.noun(), document.getSubmissions(),
									document.getTitle(), this.web.publicBase(), words.reviewPath(), document.getId())),
						List.of()));
			case CHANGES_REQUESTED, REJECTED, PUBLISHED -> this.contacts.of(document.getAuthorSubject())
				.map(author -> new MailMessage(key, author.email(), subject(document, step, words),
						text(author.name(), body(document, step, words, publicPath)), List.of()))
				.flux();
			case DRAFT -> Flux.empty();
		};
		return mails.concatMap(this.outbox::enqueue).then().onErrorResume(ex -> {
			logger.warn("Could not queue the mail about {} {}", words.kind(), document.getId(), ex);
			return Mono.empty();
		});
	}

	private static boolean unpublished(Transition step, Words words) {
		return words.namesUnpublishing() && step.getFrom() == WorkflowState.PUBLISHED;
	}

	private static String subject(WorkflowFields document, Transition step, Words words) {
		String what = switch (step.getTo()) {
			case PUBLISHED -> "Je %s is gepubliceerd: ";
			case REJECTED -> "Je %s is afgewezen: ";
			default -> unpublished(step, words) ? "Je %s is offline gehaald: " : "Graag wijzigingen in je %s: ";
		};
		return what.formatted(words.noun()) + document.getTitle();
	}

	private String body(WorkflowFields document, Transition step, Words words, String publicPath) {
		String opening = switch (step.getTo()) {
			case PUBLISHED -> "De redactie heeft je %s \"%s\" gepubliceerd. %s staat nu op %s%s".formatted(words.noun(),
					document.getTitle(), words.it(), this.web.publicBase(), publicPath);
			case REJECTED -> "De redactie heeft je %s \"%s\" afgewezen.".formatted(words.noun(), document.getTitle());
			default -> (unpublished(step, words)
					? "De redactie heeft je %s \"%s\" offline gehaald. Je kunt het aanpassen en opnieuw indienen."
					: "De redactie vraagt je om je %s \"%s\" aan te passen en opnieuw in te dienen.")
				.formatted(words.noun(), document.getTitle());
		};
		String comment = (step.getComment() != null) ? "\n\nToelichting van de redactie:\n" + step.getComment() : "";
		return opening + comment + "\n\n" + words.mine() + ": " + this.web.publicBase() + words.minePath();
	}

	private static String text(String name, String body) {
		return """
				Beste %s,

				%s

				Met vriendelijke groet,
				Kennisportaal Ouderbetrokkenheid
				""".formatted((name != null) ? name : "lezer", body);
	}

}
