package nl.ouderbetrokkenheid.portal.balance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.Contacts;
import nl.ouderbetrokkenheid.portal.mail.MailMessage;
import nl.ouderbetrokkenheid.portal.mail.Outbox;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.ExclusiveJobs;
import nl.ouderbetrokkenheid.portal.system.JobFailures;
import nl.ouderbetrokkenheid.portal.system.ReadYourWrites;
import nl.ouderbetrokkenheid.portal.system.WebProperties;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Reminds an action's owner by mail a few days before its date, once per date and owner: scheduled on every replica,
 * run by whichever wins the lease. The mail's key is derived from the action and its date, so a run repeated after a
 * failure queues it once.
 */
@Component
@RequiredArgsConstructor
class BalanceJobs {

	static final String REMINDERS = "balance-reminders";

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
			Locale.forLanguageTag("nl-NL"));

	private final ReactiveElasticsearchOperations operations;

	private final ExclusiveJobs jobs;

	private final JobFailures failures;

	private final TeamRepository teams;

	private final Contacts contacts;

	private final Outbox outbox;

	private final Taxonomy taxonomy;

	private final BalanceProperties properties;

	private final WebProperties web;

	private final Clock clock;

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		this.jobs.every(this.properties.jobInterval(), REMINDERS, "Balance scan jobs", this::sendReminders);
	}

	/** Queues a reminder for every open action due within the lead time whose owner has not had one. */
	Mono<Long> sendReminders() {
		LocalDate horizon = LocalDate.now(this.clock.withZone(AMSTERDAM)).plusDays(this.properties.reminderLeadDays());
		NativeQuery due = NativeQuery.builder()
			.withQuery(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("done").value(false)))
				.filter(f -> f.exists(e -> e.field("ownerSubject")))
				.filter(f -> f.range(r -> r.date(d -> d.field("due").lte(horizon.toString()))))
				.mustNot(m -> m.exists(e -> e.field("reminderSentAt")))))
			// Unpaged: Spring Data reads every hit through a point in time with search_after.
			.withPageable(Pageable.unpaged())
			.build();
		return Flux.defer(() -> this.operations.search(due, ActionDocument.class))
			.map(SearchHit::getContent)
			.concatMap(action -> this.failures.isolate(REMINDERS, action.getId(), remind(action).thenReturn(1L)))
			.reduce(0L, Long::sum);
	}

	private Mono<Void> remind(ActionDocument action) {
		Mono<String> teamName = this.teams.findById(action.getTeamId()).map(TeamDocument::getName).defaultIfEmpty("");
		return Mono.zip(this.contacts.of(action.getOwnerSubject()), teamName)
			.flatMap(found -> this.outbox.enqueue(mail(action, found.getT1(), found.getT2())))
			// No address for the owner (never logged in, or erased): nothing to send, and nothing to try again.
			.then(markReminded(action.getId()));
	}

	private MailMessage mail(ActionDocument action, Contacts.Contact owner, String teamName) {
		String cell = label(Taxonomy.Kind.PARTNERSHIP, action.getPartnership()) + " × "
				+ label(Taxonomy.Kind.ASPECT, action.getAspect());
		String text = """
				Beste %s,

				Binnenkort is het zover: in het actieplan van "%s" sta jij als eigenaar bij deze actie.

				Actie: %s
				Cel: %s
				Datum: %s

				Bekijk het actieplan: %s/balansscan/teams/%s

				Met vriendelijke groet,
				Kennisportaal Ouderbetrokkenheid
				""".formatted(owner.name(), teamName, action.getText(), cell, DAY.format(action.getDue()),
				this.web.publicBase(), action.getTeamId());
		return new MailMessage("balance-action-" + action.getId() + "-" + action.getDue() + "-"
				+ action.getOwnerSubject().hashCode(), owner.email(), "Herinnering actieplan: " + action.getText(), text,
				null);
	}

	private String label(Taxonomy.Kind kind, String code) {
		return this.taxonomy.terms(kind)
			.stream()
			.filter(term -> term.code().equals(code))
			.map(Taxonomy.Term::nl)
			.findFirst()
			.orElse(code);
	}

	private Mono<Void> markReminded(String actionId) {
		return Mono.defer(() -> this.operations.get(actionId, ActionDocument.class)).flatMap(action -> {
			action.setReminderSentAt(this.clock.instant());
			// The team's plan lists actions by search, and shows each one's version: it must show this one's new one
			// at once (and the next round must not find the action again).
			return ReadYourWrites.visible(this.operations).save(action);
		}).retryWhen(Retry.max(5).filter(Conflicts::isConflict)).then();
	}

}
