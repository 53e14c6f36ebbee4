package nl.ouderbetrokkenheid.portal.articles;

import java.util.List;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.Contacts;
import nl.ouderbetrokkenheid.portal.identity.Role;
import nl.ouderbetrokkenheid.portal.system.WebProperties;
import nl.ouderbetrokkenheid.portal.mail.MailMessage;
import nl.ouderbetrokkenheid.portal.mail.Outbox;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowState;
import nl.ouderbetrokkenheid.portal.workflow.Transition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Editors hear of each submission, authors of each decision, in Dutch, through the mail outbox. Keys are derived
 * from the article and the step in its history, so a retried request mails once. A mail that cannot be queued does
 * not undo the decision: it is logged.
 */
@Component
@RequiredArgsConstructor
class ArticleMails {

	private static final Logger logger = LoggerFactory.getLogger(ArticleMails.class);

	private final Outbox outbox;

	private final Contacts contacts;

	private final WebProperties web;

	/** Tells whoever must act on the article's last step: editors for a submission, the author for a decision. */
	Mono<Void> afterTransition(ArticleDocument article) {
		Transition step = article.getHistory().getLast();
		String key = "article-" + article.getId() + "-" + article.getHistory().size();
		Flux<MailMessage> mails = switch (step.getTo()) {
			case SUBMITTED -> this.contacts.withRole(Role.EDITOR)
				.map(editor -> new MailMessage(key + "-" + editor.subject(), editor.email(),
						"Nieuw artikel ter beoordeling: " + article.getTitle(), text(editor.name(), """
								%s heeft een artikel ingediend (versie %d): "%s".

								Beoordelen: %s/redactie/artikelen/%s"""
							.formatted(article.getAuthorName(), article.getSubmissions(), article.getTitle(),
									this.web.publicBase(), article.getId())),
						List.of()));
			case CHANGES_REQUESTED, REJECTED, PUBLISHED -> this.contacts.of(article.getAuthorSubject())
				.map(author -> new MailMessage(key, author.email(), subject(article, step),
						text(author.name(), body(article, step)), List.of()))
				.flux();
			case DRAFT -> Flux.empty();
		};
		return mails.concatMap(this.outbox::enqueue)
			.then()
			.onErrorResume(ex -> {
				logger.warn("Could not queue the mail about article {}", article.getId(), ex);
				return Mono.empty();
			});
	}

	private static String subject(ArticleDocument article, Transition step) {
		return switch (step.getTo()) {
			case PUBLISHED -> "Je artikel is gepubliceerd: " + article.getTitle();
			case REJECTED -> "Je artikel is afgewezen: " + article.getTitle();
			default -> (step.getFrom() == WorkflowState.PUBLISHED)
					? "Je artikel is offline gehaald: " + article.getTitle()
					: "Graag wijzigingen in je artikel: " + article.getTitle();
		};
	}

	private String body(ArticleDocument article, Transition step) {
		String opening = switch (step.getTo()) {
			case PUBLISHED -> "De redactie heeft je artikel \"%s\" gepubliceerd. Het staat nu op %s/artikelen/%s"
				.formatted(article.getTitle(), this.web.publicBase(), article.getSlug());
			case REJECTED -> "De redactie heeft je artikel \"%s\" afgewezen.".formatted(article.getTitle());
			default -> ((step.getFrom() == WorkflowState.PUBLISHED)
					? "De redactie heeft je artikel \"%s\" offline gehaald. Je kunt het aanpassen en opnieuw indienen."
					: "De redactie vraagt je om je artikel \"%s\" aan te passen en opnieuw in te dienen.")
				.formatted(article.getTitle());
		};
		String comment = (step.getComment() != null) ? "\n\nToelichting van de redactie:\n" + step.getComment() : "";
		return opening + comment + "\n\nJe artikelen: " + this.web.publicBase() + "/mijn-artikelen";
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
