package nl.ouderbetrokkenheid.portal.alerts;

import lombok.RequiredArgsConstructor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** Administrators run a digest round now (docs/follow.md "A digest round on demand"). */
@RestController
@RequiredArgsConstructor
class DigestAdminController {

	private final DigestRounds rounds;

	@PostMapping("/api/admin/digests/run")
	@PreAuthorize("hasRole('ADMIN')")
	Mono<AlertsApi.DigestRound> run() {
		return this.rounds.runNow();
	}

}
