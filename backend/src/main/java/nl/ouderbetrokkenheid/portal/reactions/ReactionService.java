package nl.ouderbetrokkenheid.portal.reactions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.catalog.ItemCards;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.MarkdownRenderer;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.system.Visible;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Reactions and replies under published items, and their moderation. Writes are visible to searches at once (the
 * counts and lists are searches), so a reader sees their own reaction or reply straight away.
 */
@Service
@RequiredArgsConstructor
class ReactionService {

	private static final int MAX_REPLIES = 500;

	private final ReactionRepository reactions;

	private final ReplyRepository replies;

	@Visible
	private final ReactiveElasticsearchOperations operations;

	private final ItemCards items;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	Mono<ReactionsApi.ReactionCounts> counts(String item, PortalUser caller) {
		return published(item).then(Mono.defer(() -> {
			Mono<List<ReactionKind>> mine = (caller.subject() == null) ? Mono.just(List.of())
					: Flux.fromArray(ReactionKind.values())
						.concatMap(kind -> this.reactions.existsById(ReactionDocument.idOf(item, caller.subject(), kind))
							.filter(Boolean::booleanValue)
							.map(found -> kind))
						.collectList();
			return Mono.zip(this.reactions.countByItemAndKind(item, ReactionKind.USED),
					this.reactions.countByItemAndKind(item, ReactionKind.USEFUL), mine)
				.map(t -> new ReactionsApi.ReactionCounts(item, t.getT1(), t.getT2(), t.getT3()));
		}));
	}

	/** Sets the caller's reaction; doing it again changes nothing (same id). */
	Mono<ReactionsApi.ReactionCounts> react(String item, String kindName, PortalUser caller) {
		ReactionKind kind = kind(kindName);
		return published(item).then(Mono.defer(() -> {
			ReactionDocument reaction = new ReactionDocument();
			reaction.setId(ReactionDocument.idOf(item, caller.subject(), kind));
			reaction.setItem(item);
			reaction.setSubject(caller.subject());
			reaction.setKind(kind);
			reaction.setCreatedAt(this.clock.instant());
			return this.reactions.findById(reaction.getId()).switchIfEmpty(this.operations.save(reaction));
		})).then(Mono.defer(() -> counts(item, caller)));
	}

	/** Takes the caller's reaction back; nothing happens when there was none. */
	Mono<ReactionsApi.ReactionCounts> withdraw(String item, String kindName, PortalUser caller) {
		ReactionKind kind = kind(kindName);
		return Mono
			.defer(() -> this.operations.delete(ReactionDocument.idOf(item, caller.subject(), kind),
					ReactionDocument.class))
			.then(Mono.defer(() -> counts(item, caller)));
	}

	Mono<ReactionsApi.ReplyList> replies(String item, PortalUser caller) {
		return published(item).thenMany(Flux.defer(() -> this.replies.findByItem(item,
				PageRequest.of(0, MAX_REPLIES, Sort.by(Sort.Direction.ASC, "createdAt")))))
			.filter(reply -> reply.getState() == ReplyState.VISIBLE || own(reply, caller))
			.map(reply -> view(reply, caller))
			.collectList()
			.map(ReactionsApi.ReplyList::new);
	}

	Mono<ReactionsApi.ReplyView> reply(ReactionsApi.ReplyRequest request, PortalUser caller) {
		return published(request.item()).then(Mono.defer(() -> {
			ReplyDocument reply = new ReplyDocument();
			reply.setId(UUID.randomUUID().toString());
			reply.setItem(request.item());
			reply.setAuthorSubject(caller.subject());
			reply.setAuthorName(caller.name());
			reply.setBody(request.body().strip());
			reply.setState(ReplyState.VISIBLE);
			reply.setCreatedAt(this.clock.instant());
			return this.operations.save(reply);
		})).map(saved -> view(saved, caller));
	}

	/** The author (or an editor) takes a reply away. */
	Mono<Void> delete(String id, PortalUser caller) {
		return reply(id).filter(reply -> caller.mayManage(reply.getAuthorSubject()))
			.switchIfEmpty(Mono.error(ReactionService::replyNotFound))
			.flatMap(this.operations::delete)
			.then();
	}

	/** Reports a reply: it is hidden from readers until reviewed. One report per person counts. */
	Mono<ReactionsApi.ReplyView> report(String id, ReactionsApi.ReportRequest request, PortalUser caller) {
		String reason = (request == null || request.reason() == null || request.reason().isBlank()) ? null
				: request.reason().strip();
		return change(id, reply -> {
			if (reply.getState() == ReplyState.REMOVED) {
				return Mono.error(replyNotFound());
			}
			if (reply.getReports().stream().noneMatch(r -> caller.subject().equals(r.getSubject()))) {
				reply.getReports().add(new ReplyDocument.Report(caller.subject(), reason, this.clock.instant()));
			}
			reply.setState(ReplyState.REPORTED);
			return Mono.just(reply);
		}).map(reply -> view(reply, caller));
	}

	Mono<ReactionsApi.ModerationQueue> queue() {
		return this.replies
			.findByState(ReplyState.REPORTED, PageRequest.of(0, MAX_REPLIES, Sort.by(Sort.Direction.ASC, "createdAt")))
			.map(this::entry)
			.collectList()
			.map(ReactionsApi.ModerationQueue::new);
	}

	/** An editor's decision on a reported reply: shown again, or taken down; the reports are done with. */
	Mono<ReactionsApi.ModerationEntry> review(String id, boolean keep) {
		return change(id, reply -> {
			if (reply.getState() != ReplyState.REPORTED) {
				return Mono.error(new PortalException(HttpStatus.CONFLICT, "reply-not-reported",
						"Reply not awaiting review", "Only a reported reply can be reviewed; this one is "
								+ reply.getState() + "."));
			}
			reply.setState(keep ? ReplyState.VISIBLE : ReplyState.REMOVED);
			reply.setReports(new ArrayList<>());
			reply.setReviewedAt(this.clock.instant());
			return Mono.just(reply);
		}).map(this::entry);
	}

	Flux<ReactionDocument> reactionsOf(String subject) {
		return this.reactions.findBySubject(subject, PageRequest.of(0, 10_000));
	}

	Flux<ReplyDocument> repliesOf(String subject) {
		return this.replies.findByAuthorSubject(subject, PageRequest.of(0, 10_000));
	}

	Flux<ReplyDocument> reportedBy(String subject) {
		return this.replies.findByReportsSubject(subject, PageRequest.of(0, 10_000));
	}

	/**
	 * On account erasure: the person's reactions and replies go (counts drop accordingly); their reports leave the
	 * replies they reported, which stay hidden until an editor reviews them.
	 */
	Mono<Void> erase(String subject) {
		Mono<Void> own = reactionsOf(subject).concatMap(this.operations::delete)
			.thenMany(repliesOf(subject))
			.concatMap(this.operations::delete)
			.then();
		Mono<Void> reports = reportedBy(subject).concatMap(reply -> change(reply.getId(), found -> {
			found.getReports().removeIf(r -> subject.equals(r.getSubject()));
			return Mono.just(found);
		}).onErrorResume(PortalException.class, ex -> Mono.empty())).then();
		return own.then(reports);
	}

	private Mono<ReplyDocument> change(String id, Function<ReplyDocument, Mono<ReplyDocument>> edit) {
		return Mono.defer(() -> reply(id).flatMap(edit).flatMap(this.operations::save))
			.retryWhen(Retry.max(5).filter(Conflicts::isConflict));
	}

	private Mono<ReplyDocument> reply(String id) {
		return this.replies.findById(id).switchIfEmpty(Mono.error(ReactionService::replyNotFound));
	}

	private Mono<Void> published(String item) {
		return this.items.published(List.of(item))
			.filter(found -> found.containsKey(item))
			.switchIfEmpty(Mono.error(() -> new PortalException(HttpStatus.NOT_FOUND, "item-not-found",
					"Item not found", "There is no such item in the catalogue.")))
			.then();
	}

	private static ReactionKind kind(String name) {
		ReactionKind kind = ReactionKind.parse(name);
		if (kind == null) {
			throw new InvalidRequestException("kind", Problems.Code.NOT_AN_OPTION, "must be 'used' or 'useful'");
		}
		return kind;
	}

	private static boolean own(ReplyDocument reply, PortalUser caller) {
		return caller.subject() != null && caller.subject().equals(reply.getAuthorSubject())
				&& reply.getState() != ReplyState.REMOVED;
	}

	private ReactionsApi.ReplyView view(ReplyDocument reply, PortalUser caller) {
		return new ReactionsApi.ReplyView(reply.getId(), reply.getItem(), reply.getAuthorName(),
				this.markdown.html(reply.getBody()), reply.getState(), reply.getCreatedAt(), own(reply, caller));
	}

	private ReactionsApi.ModerationEntry entry(ReplyDocument reply) {
		return new ReactionsApi.ModerationEntry(reply.getId(), reply.getItem(), reply.getAuthorName(), reply.getBody(),
				this.markdown.html(reply.getBody()), reply.getState(), reply.getCreatedAt(),
				reply.getReports().stream().map(r -> new ReactionsApi.ReportView(r.getReason(), r.getAt())).toList());
	}

	private static PortalException replyNotFound() {
		return new PortalException(HttpStatus.NOT_FOUND, "reply-not-found", "Reply not found",
				"There is no such reply.");
	}

}
