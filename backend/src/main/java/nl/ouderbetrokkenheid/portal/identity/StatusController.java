package nl.ouderbetrokkenheid.portal.identity;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.SystemStatus;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * The status for people; here rather than in system, which sits below identity, because what it shows depends on
 * the caller's role (administrators also see the job failures).
 */
@RestController
@RequestMapping("/api/status")
@RequiredArgsConstructor
class StatusController {

	private final SystemStatus status;

	@GetMapping
	Mono<SystemStatus.Report> status(PortalUser caller) {
		return this.status.report(caller.has(Role.ADMIN));
	}

}
