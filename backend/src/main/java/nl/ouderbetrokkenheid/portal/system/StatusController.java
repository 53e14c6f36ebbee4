package nl.ouderbetrokkenheid.portal.system;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/status")
@RequiredArgsConstructor
class StatusController {

	/** identity.Role.ADMIN's authority; system sits below identity, so it names the authority itself. */
	private static final String ADMIN = "ROLE_ADMIN";

	private final SystemStatus status;

	@GetMapping
	Mono<SystemStatus.Report> status(@AuthenticationPrincipal OidcUser user) {
		boolean administrator = user != null
				&& user.getAuthorities().stream().anyMatch(authority -> ADMIN.equals(authority.getAuthority()));
		return this.status.report(administrator);
	}

}
