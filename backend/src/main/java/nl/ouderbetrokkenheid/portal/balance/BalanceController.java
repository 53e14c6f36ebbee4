package nl.ouderbetrokkenheid.portal.balance;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * The balance scan: results for anyone's answers, a member's saved scans, and teams with their rounds and action
 * plan. Request bodies are checked by {@code BalanceRules} in the services (no {@code @Valid}), after method
 * security has answered. Everything but the try-out is for members.
 */
@RestController
@RequestMapping("/api/balance")
@PreAuthorize("hasRole('MEMBER')")
@RequiredArgsConstructor
class BalanceController {

	private final ScanService scans;

	private final TeamService teams;

	private final ActionService actions;

	/** Anyone, logged in or not: the results of the answers sent, stored nowhere. */
	@PostMapping("/results")
	@PreAuthorize("permitAll()")
	Mono<BalanceApi.Results> results(@RequestBody BalanceApi.ScanRequest request) {
		return this.scans.results(request);
	}

	@GetMapping("/scans")
	Mono<BalanceApi.ScanList> myScans(PortalUser caller) {
		return this.scans.mine(caller);
	}

	@PostMapping("/scans")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<BalanceApi.ScanView> save(@RequestBody BalanceApi.ScanRequest request, PortalUser caller) {
		return this.scans.save(request, caller);
	}

	@GetMapping("/scans/{id}")
	Mono<BalanceApi.ScanView> scan(@PathVariable String id, PortalUser caller) {
		return this.scans.get(id, caller);
	}

	@DeleteMapping("/scans/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> deleteScan(@PathVariable String id, PortalUser caller) {
		return this.scans.delete(id, caller);
	}

	@GetMapping("/teams")
	Mono<BalanceApi.TeamList> myTeams(PortalUser caller) {
		return this.teams.mine(caller);
	}

	@PostMapping("/teams")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<BalanceApi.TeamView> createTeam(@RequestBody BalanceApi.TeamRequest request, PortalUser caller) {
		return this.teams.create(request, caller);
	}

	@GetMapping("/teams/{id}")
	Mono<BalanceApi.TeamView> team(@PathVariable String id, PortalUser caller) {
		return this.teams.get(id, caller);
	}

	@PostMapping("/teams/{id}/join")
	Mono<BalanceApi.TeamView> join(@PathVariable String id, @RequestBody BalanceApi.JoinRequest request,
			PortalUser caller) {
		return this.teams.join(id, request, caller);
	}

	@PutMapping("/teams/{id}/answers")
	Mono<BalanceApi.TeamView> answer(@PathVariable String id, @RequestBody BalanceApi.ScanRequest request,
			PortalUser caller) {
		return this.teams.answer(id, request, caller);
	}

	@PostMapping("/teams/{id}/rounds")
	Mono<BalanceApi.TeamView> newRound(@PathVariable String id, PortalUser caller) {
		return this.teams.newRound(id, caller);
	}

	@PostMapping("/teams/{id}/actions")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<BalanceApi.ActionView> addAction(@PathVariable String id, @RequestBody BalanceApi.ActionRequest request,
			PortalUser caller) {
		return this.teams.membership(id, caller).flatMap(team -> this.actions.create(team, request, caller));
	}

	/** Needs the action's {@code version} in {@code If-Match}: a stale copy gets 412, not saved. */
	@PutMapping("/teams/{id}/actions/{actionId}")
	Mono<ResponseEntity<BalanceApi.ActionView>> changeAction(@PathVariable String id, @PathVariable String actionId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody BalanceApi.ActionRequest request, PortalUser caller) {
		return this.teams.membership(id, caller)
			.flatMap(team -> this.actions.update(team, actionId, DocumentVersion.require(ifMatch, "action"), request,
					caller))
			.map(action -> ResponseEntity.ok().eTag(action.version()).body(action));
	}

	@DeleteMapping("/teams/{id}/actions/{actionId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> removeAction(@PathVariable String id, @PathVariable String actionId, PortalUser caller) {
		return this.teams.membership(id, caller).flatMap(team -> this.actions.delete(team, actionId));
	}

}
