package nl.ouderbetrokkenheid.portal.balance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PersonalDataHolder;
import nl.ouderbetrokkenheid.portal.system.Visible;

import org.springframework.data.domain.Pageable;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A person's scans are personal data: their saved scans, their answers (notes included) in teams, the teams they are
 * in and the actions they own are in their export. Erasure deletes their scans and answers, takes them out of their
 * teams (a team they made passes to the longest-standing other member, or goes when nobody else is left) and clears
 * their name from actions, which stay in the team's plan.
 */
@Component
@RequiredArgsConstructor
class BalancePersonalData implements PersonalDataHolder {

	private final ScanRepository scans;

	private final TeamRepository teams;

	private final ActionRepository actions;

	private final TeamService teamService;

	/** The person's lists are searches: what erasure changes is gone from them at once. */
	@Visible
	private final ReactiveElasticsearchOperations visible;

	@Override
	public String section() {
		return "balanceScans";
	}

	@Override
	public Mono<Object> export(String subject) {
		Mono<Map<String, String>> teamNames = this.teams.findByMembersSubject(subject, Pageable.unpaged())
			.collectMap(TeamDocument::getId, TeamDocument::getName);
		return teamNames.flatMap(names -> {
			Mono<List<Map<String, Object>>> scans = this.scans.findBySubject(subject, Pageable.unpaged()).map(scan -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("id", scan.getId());
				if (scan.getTeamId() != null) {
					entry.put("team", names.getOrDefault(scan.getTeamId(), scan.getTeamId()));
					entry.put("round", scan.getRound());
				}
				entry.put("savedAt", scan.getUpdatedAt());
				entry.put("answers", Answers.bodies(scan.getAnswers()));
				return entry;
			}).collectList();
			Mono<List<Map<String, Object>>> owned = this.actions.findByOwnerSubject(subject, Pageable.unpaged())
				.map(action -> {
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("team", names.getOrDefault(action.getTeamId(), action.getTeamId()));
					entry.put("partnership", action.getPartnership());
					entry.put("aspect", action.getAspect());
					entry.put("text", action.getText());
					entry.put("due", action.getDue());
					entry.put("done", action.isDone());
					return entry;
				})
				.collectList();
			return Mono.zip(scans, owned).map(found -> {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("scans", found.getT1());
				data.put("teams", List.copyOf(names.values()));
				data.put("actions", found.getT2());
				return (Object) data;
			});
		});
	}

	@Override
	public Mono<Void> erase(String subject) {
		Mono<Void> answers = this.scans.findBySubject(subject, Pageable.unpaged())
			.map(ScanDocument::getId)
			.collectList()
			.flatMap(ids -> deleteAll(ids, ScanDocument.class));
		Mono<Void> memberships = this.teams.findByMembersSubject(subject, Pageable.unpaged())
			.concatMap(team -> leave(team, subject))
			.then();
		Mono<Void> owned = this.actions.findByOwnerSubject(subject, Pageable.unpaged()).concatMap(action -> {
			action.setOwnerSubject(null);
			action.setOwnerName(null);
			return this.visible.save(action);
		}).then();
		return answers.then(memberships).then(owned);
	}

	private Mono<Void> leave(TeamDocument team, String subject) {
		boolean alone = team.getMembers().stream().allMatch(member -> member.getSubject().equals(subject));
		if (alone) {
			// Nobody else sees this team: it goes with all its answers and actions.
			return this.scans.findByTeamId(team.getId(), Pageable.unpaged())
				.map(ScanDocument::getId)
				.collectList()
				.flatMap(ids -> deleteAll(ids, ScanDocument.class))
				.then(this.actions.findByTeamId(team.getId(), Pageable.unpaged())
					.map(ActionDocument::getId)
					.collectList()
					.flatMap(ids -> deleteAll(ids, ActionDocument.class)))
				.then(Mono.defer(() -> this.visible.delete(team.getId(), TeamDocument.class)))
				.then();
		}
		return this.teamService.change(team.getId(), latest -> {
			latest.getMembers().removeIf(member -> member.getSubject().equals(subject));
			if (subject.equals(latest.getOwnerSubject()) && !latest.getMembers().isEmpty()) {
				latest.setOwnerSubject(latest.getMembers().getFirst().getSubject());
			}
		}).then();
	}

	private Mono<Void> deleteAll(List<String> ids, Class<?> type) {
		// One by one: a person has a few scans, and each delete waits until searches no longer show it.
		return Flux.fromIterable(ids).concatMap(id -> this.visible.delete(id, type)).then();
	}

}
