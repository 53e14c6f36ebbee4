package nl.ouderbetrokkenheid.portal.balance;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.Tokens;
import nl.ouderbetrokkenheid.portal.system.Conflicts;
import nl.ouderbetrokkenheid.portal.system.DocumentWrites;
import nl.ouderbetrokkenheid.portal.system.Hashes;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Visible;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Teams scanning together: made by a member for their organisation, joined through the invite link, filled in by
 * each colleague alone, repeated in rounds. Only members see a team; to anyone else it does not exist (404).
 */
@Service
@RequiredArgsConstructor
class TeamService {

	static final int MAX_TEAMS = 100;

	private final TeamRepository teams;

	private final ScanRepository scans;

	@Visible
	private final ReactiveElasticsearchOperations visible;

	private final DocumentWrites writes;

	private final BalanceRules rules;

	private final BalanceScoring scoring;

	private final Recommendations recommendations;

	private final ActionService actions;

	private final Clock clock;

	Mono<BalanceApi.TeamView> create(BalanceApi.TeamRequest request, PortalUser caller) {
		return Mono.fromRunnable(() -> this.rules.requireValid(request)).then(Mono.defer(() -> {
			TeamDocument team = new TeamDocument();
			team.setId(UUID.randomUUID().toString());
			team.setName(request.name().strip());
			team.setSector(ScanService.blankToNull(request.sector()));
			team.setRegion(ScanService.blankToNull(request.region()));
			team.setOwnerSubject(caller.subject());
			team.setInviteToken(Tokens.random());
			team.getMembers().add(member(caller));
			TeamDocument.Round first = new TeamDocument.Round();
			first.setNumber(1);
			first.setStartedAt(this.clock.instant());
			team.getRounds().add(first);
			team.setCreatedAt(this.clock.instant());
			team.setUpdatedAt(team.getCreatedAt());
			// "My teams" is a search: the new team is in it at once.
			return this.visible.save(team);
		})).flatMap(team -> view(team, caller));
	}

	Mono<BalanceApi.TeamList> mine(PortalUser caller) {
		return this.teams.findByMembersSubject(caller.subject(), PageRequest.of(0, MAX_TEAMS))
			.map(team -> new BalanceApi.TeamSummary(team.getId(), team.getName(), team.currentRound(),
					team.getMembers().size(), caller.subject().equals(team.getOwnerSubject())))
			.collectList()
			.map(BalanceApi.TeamList::new);
	}

	Mono<BalanceApi.TeamView> get(String id, PortalUser caller) {
		return membership(id, caller).flatMap(team -> view(team, caller));
	}

	/** Joins with the invite link's token; a wrong token is answered as if there were no such team. */
	Mono<BalanceApi.TeamView> join(String id, BalanceApi.JoinRequest request, PortalUser caller) {
		return Mono.fromRunnable(() -> this.rules.requireValid(request))
			.then(Mono.defer(() -> this.teams.findById(id)))
			.filter(team -> Tokens.same(team.getInviteToken(), request.token()))
			.switchIfEmpty(Mono.error(TeamService::notFound))
			.flatMap(team -> team.hasMember(caller.subject()) ? Mono.just(team)
					: change(id, latest -> {
						if (!latest.hasMember(caller.subject())) {
							latest.getMembers().add(member(caller));
						}
					}))
			.flatMap(team -> view(team, caller));
	}

	/** The caller's answers for the team's current round, replacing those they gave before in that round. */
	Mono<BalanceApi.TeamView> answer(String id, BalanceApi.ScanRequest request, PortalUser caller) {
		return Mono.fromRunnable(() -> this.rules.requireValid(request))
			.then(Mono.defer(() -> membership(id, caller)))
			.flatMap(team -> {
				String responseId = responseId(team.getId(), team.currentRound(), caller.subject());
				List<ScanDocument.Answer> answers = Answers.stored(request.answers());
				return Mono.defer(() -> this.scans.findById(responseId).flatMap(response -> {
					response.setAnswers(answers);
					response.setUpdatedAt(this.clock.instant());
					return this.scans.save(response);
				}).switchIfEmpty(Mono.defer(() -> {
					ScanDocument response = new ScanDocument();
					response.setId(responseId);
					response.setSubject(caller.subject());
					response.setTeamId(team.getId());
					response.setRound(team.currentRound());
					response.setAnswers(answers);
					response.setCreatedAt(this.clock.instant());
					response.setUpdatedAt(response.getCreatedAt());
					return this.writes.create(responseId, response)
						.flatMap(created -> created ? Mono.just(response)
								: Mono.error(new OptimisticLockingFailureException("response created meanwhile")));
				})))
					// Two tabs saving at once: the later answers win, as they would one after the other.
					.retryWhen(Retry.backoff(10, Duration.ofMillis(5)).filter(Conflicts::isConflict))
					.then(Mono.defer(() -> view(team, caller)));
			});
	}

	/** The owner starts the scan again: a new round, compared with the last. */
	Mono<BalanceApi.TeamView> newRound(String id, PortalUser caller) {
		return owned(id, caller).flatMap(team -> change(id, latest -> {
			TeamDocument.Round round = new TeamDocument.Round();
			round.setNumber(latest.currentRound() + 1);
			round.setStartedAt(this.clock.instant());
			latest.getRounds().add(round);
		})).flatMap(team -> view(team, caller));
	}

	/** The team if the caller is one of its members; 404 otherwise, so a team's existence stays private. */
	Mono<TeamDocument> membership(String id, PortalUser caller) {
		return this.teams.findById(id)
			.filter(team -> team.hasMember(caller.subject()))
			.switchIfEmpty(Mono.error(TeamService::notFound));
	}

	private Mono<TeamDocument> owned(String id, PortalUser caller) {
		return membership(id, caller).flatMap(team -> caller.subject().equals(team.getOwnerSubject())
				? Mono.just(team)
				: Mono.error(new PortalException(HttpStatus.FORBIDDEN, "not-team-owner", "Not the team's owner",
						"Only the person who made the team can do this.")));
	}

	/**
	 * Changes a team by reading it and writing it back on the version read; on a conflict (two colleagues joining
	 * at once) the change is applied again to the newer team.
	 */
	Mono<TeamDocument> change(String id, Consumer<TeamDocument> change) {
		return Mono.defer(() -> this.teams.findById(id).switchIfEmpty(Mono.error(TeamService::notFound)).flatMap(team -> {
			change.accept(team);
			team.setUpdatedAt(this.clock.instant());
			return this.visible.save(team);
		})).retryWhen(Retry.backoff(20, Duration.ofMillis(5))
			.maxBackoff(Duration.ofMillis(250))
			.filter(Conflicts::isConflict));
	}

	/** The team as the caller may see it, with the current round's results compared with the previous round's. */
	Mono<BalanceApi.TeamView> view(TeamDocument team, PortalUser caller) {
		int round = team.currentRound();
		List<String> ids = new ArrayList<>();
		for (TeamDocument.Member member : team.getMembers()) {
			ids.add(responseId(team.getId(), round, member.getSubject()));
			if (round > 1) {
				ids.add(responseId(team.getId(), round - 1, member.getSubject()));
			}
		}
		// Responses are read by id (realtime), never searched: a colleague's answers count the moment they are saved.
		Mono<Map<String, ScanDocument>> responses = this.scans.findAllById(ids)
			.collectMap(ScanDocument::getId)
			.map(found -> (Map<String, ScanDocument>) new HashMap<>(found));
		return Mono.zip(responses, this.actions.list(team)).flatMap(found -> {
			Map<String, ScanDocument> byId = found.getT1();
			List<Map<String, Level>> current = new ArrayList<>();
			List<Map<String, Level>> previous = new ArrayList<>();
			List<BalanceApi.MemberView> members = new ArrayList<>();
			List<BalanceApi.AnswerBody> mine = List.of();
			int notAnswered = 0;
			for (TeamDocument.Member member : team.getMembers()) {
				ScanDocument now = byId.get(responseId(team.getId(), round, member.getSubject()));
				boolean answered = now != null && !now.getAnswers().isEmpty();
				if (answered) {
					current.add(Answers.levels(now.getAnswers()));
					if (member.getSubject().equals(caller.subject())) {
						mine = Answers.bodies(now.getAnswers());
					}
				}
				else {
					notAnswered++;
				}
				ScanDocument before = byId.get(responseId(team.getId(), round - 1, member.getSubject()));
				if (before != null && !before.getAnswers().isEmpty()) {
					previous.add(Answers.levels(before.getAnswers()));
				}
				members.add(new BalanceApi.MemberView(memberId(team, member.getSubject()), member.getName(), answered,
						member.getSubject().equals(team.getOwnerSubject())));
			}
			boolean owner = caller.subject().equals(team.getOwnerSubject());
			BalanceApi.Results results = this.scoring.score(current, (round > 1) ? previous : null);
			List<BalanceApi.RoundView> rounds = team.getRounds()
				.stream()
				.map(r -> new BalanceApi.RoundView(r.getNumber(), r.getStartedAt(),
						(r.getNumber() == round) ? current.size()
								: (r.getNumber() == round - 1) ? previous.size() : 0))
				.toList();
			List<BalanceApi.AnswerBody> myAnswers = mine;
			int missing = notAnswered;
			return this.recommendations.addTo(results, team.getSector(), team.getRegion())
				.map(withRecommendations -> new BalanceApi.TeamView(team.getId(), team.getName(), team.getSector(),
						team.getRegion(), owner, owner ? team.getInviteToken() : null,
						memberId(team, caller.subject()), team.getMembers().size(),
						// Who has (not) answered, by name: for the owner only.
						owner ? members : List.of(), round, rounds, myAnswers, missing, withRecommendations,
						found.getT2()));
		});
	}

	static String responseId(String teamId, int round, String subject) {
		return teamId + "-" + round + "-" + Hashes.sha256Hex(subject, 12);
	}

	/** A member's id within one team: stable, and no use outside it. */
	static String memberId(TeamDocument team, String subject) {
		return Hashes.sha256Hex(team.getId() + ":" + subject, 8);
	}

	static PortalException notFound() {
		return new PortalException(HttpStatus.NOT_FOUND, "team-not-found", "Team not found",
				"There is no team with this id that you are a member of.");
	}

	private TeamDocument.Member member(PortalUser caller) {
		TeamDocument.Member member = new TeamDocument.Member();
		member.setSubject(caller.subject());
		member.setName(caller.name());
		member.setJoinedAt(this.clock.instant());
		return member;
	}

}
