package nl.ouderbetrokkenheid.portal.identity;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is calling: the logged-in person's subject, display name, e-mail and roles in force for this request, or
 * {@link #ANONYMOUS}. Controllers take it as a parameter (see {@code PortalUserArgumentResolver}); services decide with
 * it what the person may see or change.
 */
public record PortalUser(String subject, String name, String email, Set<Role> roles) {

	public static final PortalUser ANONYMOUS = new PortalUser(null, null, null, Set.of());

	public PortalUser {
		roles = Set.copyOf(roles);
	}

	/** The person behind a login; the roles are the session's, which {@code PortalSessions} keeps current. */
	public static PortalUser of(OidcUser user) {
		if (user == null) {
			return ANONYMOUS;
		}
		Set<Role> roles = user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.map(Role::fromAuthority)
			.filter(Objects::nonNull)
			.collect(Collectors.toUnmodifiableSet());
		String name = (user.getFullName() != null) ? user.getFullName()
				: (user.getPreferredUsername() != null) ? user.getPreferredUsername() : user.getSubject();
		return new PortalUser(user.getSubject(), name, user.getEmail(), roles);
	}

	public boolean isAnonymous() {
		return this.subject == null;
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isEditor() {
		return has(Role.EDITOR);
	}

	/** Whether this person may manage something owned by {@code ownerSubject}: its owner, or an editor. */
	public boolean mayManage(String ownerSubject) {
		return !isAnonymous() && (isEditor() || this.subject.equals(ownerSubject));
	}

}
