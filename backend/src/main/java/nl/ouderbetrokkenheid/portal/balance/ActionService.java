package nl.ouderbetrokkenheid.portal.balance;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.system.Visible;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * A team's action plan. Every member may add, change and remove actions (it is the team's plan); an action's owner is
 * one of the members. Membership is checked by the caller ({@code TeamService}).
 */
@Service
@RequiredArgsConstructor
class ActionService {

	static final int MAX_ACTIONS = 200;

	private final ActionRepository actions;

	/** The plan is read through a search: a change shows in it at once. */
	@Visible
	private final ReactiveElasticsearchOperations visible;

	private final BalanceRules rules;

	private final Clock clock;

	Mono<List<BalanceApi.ActionView>> list(TeamDocument team) {
		return this.actions
			.findByTeamId(team.getId(), PageRequest.of(0, MAX_ACTIONS, Sort.by("due").ascending().and(Sort.by("id"))))
			.map(action -> view(team, action))
			.collectList();
	}

	Mono<BalanceApi.ActionView> create(TeamDocument team, BalanceApi.ActionRequest request, PortalUser caller) {
		return Mono.fromCallable(() -> valid(team, request, caller)).flatMap(owner -> {
			ActionDocument action = new ActionDocument();
			action.setId(UUID.randomUUID().toString());
			action.setTeamId(team.getId());
			action.setCreatedBy(caller.subject());
			action.setCreatedAt(this.clock.instant());
			fill(action, request, owner);
			return this.visible.save(action);
		}).map(action -> view(team, action));
	}

	Mono<BalanceApi.ActionView> update(TeamDocument team, String actionId, DocumentVersion expected,
			BalanceApi.ActionRequest request, PortalUser caller) {
		return Mono.fromCallable(() -> valid(team, request, caller))
			.flatMap(owner -> find(team, actionId).flatMap(action -> {
				if (!DocumentVersion.of(action.getSeqNoPrimaryTerm()).equals(expected)) {
					return Mono.error(DocumentVersion.stale("action"));
				}
				fill(action, request, owner);
				return this.visible.save(action);
			}))
			.onErrorMap(Conflicts::isConflict, ex -> DocumentVersion.stale("action"))
			.map(action -> view(team, action));
	}

	Mono<Void> delete(TeamDocument team, String actionId) {
		return find(team, actionId).flatMap(action -> this.visible.delete(action)).then();
	}

	private Mono<ActionDocument> find(TeamDocument team, String actionId) {
		return this.actions.findById(actionId)
			.filter(action -> team.getId().equals(action.getTeamId()))
			.switchIfEmpty(Mono.error(() -> new PortalException(HttpStatus.NOT_FOUND, "action-not-found",
					"Action not found", "This team's plan has no action with this id.")));
	}

	/** The request's rules, and the member who will own the action: the one named, or else the caller. */
	private TeamDocument.Member valid(TeamDocument team, BalanceApi.ActionRequest request, PortalUser caller) {
		this.rules.requireValid(request);
		String wanted = (request.ownerId() != null && !request.ownerId().isBlank()) ? request.ownerId()
				: TeamService.memberId(team, caller.subject());
		Optional<TeamDocument.Member> owner = team.getMembers()
			.stream()
			.filter(member -> TeamService.memberId(team, member.getSubject()).equals(wanted))
			.findFirst();
		return owner.orElseThrow(() -> new InvalidRequestException("ownerId", Problems.Code.NOT_AN_OPTION,
				"is not a member of this team"));
	}

	private void fill(ActionDocument action, BalanceApi.ActionRequest request, TeamDocument.Member owner) {
		boolean rescheduled = !Objects.equals(action.getDue(), request.due())
				|| !Objects.equals(action.getOwnerSubject(), owner.getSubject());
		action.setPartnership(request.partnership());
		action.setAspect(request.aspect());
		action.setText(request.text().strip());
		action.setOwnerSubject(owner.getSubject());
		action.setOwnerName(owner.getName());
		action.setDue(request.due());
		action.setDone(Boolean.TRUE.equals(request.done()));
		if (rescheduled) {
			// A new date or a new owner: a new reminder.
			action.setReminderSentAt(null);
		}
		action.setUpdatedAt(this.clock.instant());
	}

	private static BalanceApi.ActionView view(TeamDocument team, ActionDocument action) {
		return new BalanceApi.ActionView(action.getId(), action.getPartnership(), action.getAspect(), action.getText(),
				(action.getOwnerSubject() != null) ? TeamService.memberId(team, action.getOwnerSubject()) : null,
				action.getOwnerName(), action.getDue(), action.isDone(),
				(action.getSeqNoPrimaryTerm() != null) ? DocumentVersion.of(action.getSeqNoPrimaryTerm()).etag() : null);
	}

}
