package nl.ouderbetrokkenheid.portal.identity;

import java.util.Map;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import org.springframework.web.util.UriComponentsBuilder;

import reactor.core.publisher.Mono;

/**
 * The logged-in person: who they are, their profile, their data, their account.
 */
@RestController
@RequestMapping("/api/me")
@RequiredArgsConstructor
class MeController {

	private final ProfileService profiles;

	private final IdentityMapper mapper;

	private final ReactiveClientRegistrationRepository registrations;

	/**
	 * The person logged in, or 204 No Content when nobody is: the app asks on every page, and for an anonymous visitor
	 * that is a normal answer, not an error the browser reports.
	 */
	@GetMapping
	Mono<ResponseEntity<ProfileView>> me(PortalUser user) {
		if (user.isAnonymous()) {
			return Mono.just(ResponseEntity.noContent().build());
		}
		return this.profiles.find(user.subject()).map(profile -> ResponseEntity.ok(withSessionRoles(profile, user)));
	}

	@PutMapping("/profile")
	Mono<ProfileView> update(PortalUser user, @Valid @RequestBody ProfileUpdate update) {
		return this.profiles.update(user.subject(), update).map(profile -> withSessionRoles(profile, user));
	}

	@GetMapping("/data")
	Mono<ResponseEntity<Map<String, Object>>> export(PortalUser user) {
		return this.profiles.export(user.subject())
			.map(data -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("kennisportaal-mijn-gegevens.json").build().toString())
				.body(data));
	}

	/**
	 * Ends every session of the person, this one included, on every replica from their next request on: for a lost
	 * phone or a shared computer left logged in.
	 */
	@PostMapping("/sessions/end")
	Mono<ResponseEntity<Void>> endAllSessions(PortalUser user, ServerWebExchange exchange) {
		return this.profiles.endAllSessions(user.subject())
			.then(exchange.getSession().flatMap(WebSession::invalidate))
			.thenReturn(ResponseEntity.noContent().build());
	}

	/** Where the browser goes next to end the session at the provider too; absent when it has no such endpoint. */
	record Deleted(String logoutUrl) {
	}

	/**
	 * Erases the account and ends the portal session. The provider's session would otherwise log the person straight
	 * back in (and create a fresh profile), so the answer carries the provider's logout address for the app to visit.
	 */
	// The one method that takes the OidcUser itself: the provider's logout needs the id token.
	@DeleteMapping
	Mono<Deleted> delete(@AuthenticationPrincipal OidcUser user, ServerWebExchange exchange) {
		String home = UriComponentsBuilder.fromUri(exchange.getRequest().getURI()).replacePath("/").replaceQuery(null)
			.build()
			.toUriString();
		Mono<String> logoutUrl = this.registrations.findByRegistrationId(ProviderRegistrations.REGISTRATION_ID)
			.mapNotNull(registration -> (String) registration.getProviderDetails()
				.getConfigurationMetadata()
				.get("end_session_endpoint"))
			.map(endpoint -> UriComponentsBuilder.fromUriString(endpoint)
				.queryParam("id_token_hint", user.getIdToken().getTokenValue())
				.queryParam("post_logout_redirect_uri", home)
				.encode()
				.build()
				.toUriString())
			.onErrorResume(ex -> Mono.empty());
		return this.profiles.erase(user.getSubject())
			.then(logoutUrl.map(Deleted::new).defaultIfEmpty(new Deleted(null)))
			.flatMap(deleted -> exchange.getSession().flatMap(WebSession::invalidate).thenReturn(deleted));
	}

	/** The roles in force: the profile's as of this request (see {@link PortalSessions}). */
	private ProfileView withSessionRoles(ProfileDocument profile, PortalUser user) {
		ProfileView view = this.mapper.toView(profile);
		var roles = user.roles().stream().sorted().map(Role::name).toList();
		return new ProfileView(view.subject(), view.displayName(), view.email(), roles, view.providerRoles(),
				view.grantedRoles(), view.organisation(), view.sector(), view.region(), view.bio(), view.createdAt(),
				view.lastLoginAt());
	}

}
