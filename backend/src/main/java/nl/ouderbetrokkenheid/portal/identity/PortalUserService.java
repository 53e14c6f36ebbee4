package nl.ouderbetrokkenheid.portal.identity;

import java.util.List;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Turns a successful OpenID Connect login into a portal user: roles from the provider's claims plus those granted
 * in the portal, and a profile created or refreshed on the way.
 */
class PortalUserService implements ReactiveOAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcReactiveOAuth2UserService delegate = new OidcReactiveOAuth2UserService();

	private final RoleClaims roleClaims;

	private final ProfileService profiles;

	private final List<LoginListener> listeners;

	PortalUserService(IdentityProperties properties, ProfileService profiles, List<LoginListener> listeners) {
		this.roleClaims = new RoleClaims(properties.rolesClaim(), properties.roleMapping());
		this.profiles = profiles;
		this.listeners = List.copyOf(listeners);
	}

	@Override
	public Mono<OidcUser> loadUser(OidcUserRequest request) {
		return this.delegate.loadUser(request).flatMap(user -> this.profiles
			.loggedIn(user.getSubject(), displayName(user), user.getEmail(), this.roleClaims.roles(user.getClaims()))
			.flatMap(profile -> Flux.fromIterable(this.listeners)
				.concatMap(listener -> listener.loggedIn(user.getSubject(), displayName(user), profile.roles()))
				.then(Mono.just(profile)))
			.map(profile -> new DefaultOidcUser(profile.roles().stream().sorted().map(Role::authority).toList(),
					user.getIdToken(), user.getUserInfo(), "sub")));
	}

	private static String displayName(OidcUser user) {
		for (String candidate : List.of(nullToEmpty(user.getFullName()), nullToEmpty(user.getPreferredUsername()),
				nullToEmpty(user.getEmail()))) {
			if (!candidate.isBlank()) {
				return candidate;
			}
		}
		return user.getSubject();
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
