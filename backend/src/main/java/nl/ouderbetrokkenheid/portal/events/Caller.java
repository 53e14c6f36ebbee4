package nl.ouderbetrokkenheid.portal.events;

import java.util.Set;
import java.util.stream.Collectors;

import nl.ouderbetrokkenheid.portal.identity.Role;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is asking, as far as events care: services decide per event what this person may see or change.
 */
record Caller(String subject, String name, String email, Set<Role> roles) {

	static final Caller ANONYMOUS = new Caller(null, null, null, Set.of());

	static Caller of(OidcUser user) {
		if (user == null) {
			return ANONYMOUS;
		}
		Set<Role> roles = user.getAuthorities()
			.stream()
			.map(authority -> authority.getAuthority())
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(authority -> {
				try {
					return Role.valueOf(authority.substring(5));
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			})
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toUnmodifiableSet());
		String name = (user.getFullName() != null) ? user.getFullName()
				: (user.getPreferredUsername() != null) ? user.getPreferredUsername() : user.getSubject();
		return new Caller(user.getSubject(), name, user.getEmail(), roles);
	}

	boolean isEditor() {
		return this.roles.contains(Role.EDITOR);
	}

	/** The event's own organiser, or an editor. */
	boolean manages(EventDocument event) {
		return this.subject != null && (isEditor() || this.subject.equals(event.getOrganiser()));
	}

}
