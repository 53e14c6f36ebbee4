package nl.ouderbetrokkenheid.portal.contributions;

import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.Contacts;
import nl.ouderbetrokkenheid.portal.identity.Role;
import nl.ouderbetrokkenheid.portal.mail.MailMessage;
import nl.ouderbetrokkenheid.portal.mail.Outbox;
import nl.ouderbetrokkenheid.portal.system.WebProperties;
import nl.ouderbetrokkenheid.portal.workflow.Transition;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * As for articles: editors hear of each submission, the contributor of each decision, in Dutch, through the outbox;
 * keys per contribution and step, so a retried request mails once; a mail that cannot be queued is logged.
 */
@Component
@RequiredArgsConstructor
class ContributionMails {

	private static final Logger logger = LoggerFactory.getLogger(ContributionMails.class);

	private final Outbox outbox;

	private final Contacts contacts;

	private final WebProperties web;

	Mono<Void> afterTransition(ContributionDocument contribution) {
		Transition step = contribution.getHistory().getLast();
		String key = "contribution-" + contribution.getId() + "-" + contribution.getHistory().size();
		Flux<MailMessage> mails = switch (step.getTo()) {
			case SUBMITTED -> this.contacts.withRole(Role.EDITOR)
				.map(editor -> new MailMessage(key + "-" + editor.subject(), editor.email(),
						"Nieuwe bijdrage ter beoordeling: " + contribution.getTitle(),
						text(editor.name(), "%s heeft een bijdrage ingediend (versie %d): \"%s\".\n\nBeoordelen: %s/redactie/bijdragen/%s"
							.formatted(contribution.getAuthorName(), contribution.getSubmissions(),
									contribution.getTitle(), this.web.publicBase(), contribution.getId())),
						List.of()));
			case CHANGES_REQUESTED, REJECTED, PUBLISHED -> this.contacts.of(contribution.getAuthorSubject())
				.map(author -> new MailMessage(key, author.email(), subject(contribution, step),
						text(author.name(), body(contribution, step)), List.of()))
				.flux();
			case DRAFT -> Flux.empty();
		};
		return mails.concatMap(this.outbox::enqueue).then().onErrorResume(ex -> {
			logger.warn("Could not queue the mail about contribution {}", contribution.getId(), ex);
			return Mono.empty();
		});
	}

	private static String subject(ContributionDocument contribution, Transition step) {
		return switch (step.getTo()) {
			case PUBLISHED -> "Je bijdrage is gepubliceerd: " + contribution.getTitle();
			case REJECTED -> "Je bijdrage is afgewezen: " + contribution.getTitle();
			default -> (step.getFrom() == WorkflowState.PUBLISHED)
					? "Je bijdrage is offline gehaald: " + contribution.getTitle()
					: "Graag wijzigingen in je bijdrage: " + contribution.getTitle();
		};
	}

	private String body(ContributionDocument contribution, Transition step) {
		String opening = switch (step.getTo()) {
			case PUBLISHED -> "De redactie heeft je bijdrage \"%s\" gepubliceerd. Die staat nu op %s/items/%s"
				.formatted(contribution.getTitle(), this.web.publicBase(), contribution.getCatalogueSlug());
			case REJECTED -> "De redactie heeft je bijdrage \"%s\" afgewezen.".formatted(contribution.getTitle());
			default -> "De redactie vraagt je om je bijdrage \"%s\" aan te passen en opnieuw in te dienen."
				.formatted(contribution.getTitle());
		};
		String comment = (step.getComment() != null) ? "\n\nToelichting van de redactie:\n" + step.getComment() : "";
		return opening + comment + "\n\nJe bijdragen: " + this.web.publicBase() + "/mijn-bijdragen";
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
