package nl.ouderbetrokkenheid.portal.isop;

import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.Contacts;
import nl.ouderbetrokkenheid.portal.identity.LoginListener;
import nl.ouderbetrokkenheid.portal.identity.Role;
import nl.ouderbetrokkenheid.portal.identity.RolesChangedListener;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Dossiers assigned by address to an assessor who had not logged in become theirs when they hold the role: at a
 * login with the role from the provider, or when an administrator grants it (the portal's two ways to give a role).
 * The address must be the one in their profile, which the provider supplies.
 */
@Component
@RequiredArgsConstructor
class IsopAssessors implements LoginListener, RolesChangedListener {

	private final IsopService isop;

	private final Contacts contacts;

	@Override
	public Mono<Void> loggedIn(String subject, String name, Set<Role> roles) {
		return join(subject, roles);
	}

	@Override
	public Mono<Void> rolesChanged(String subject, Set<Role> roles) {
		return join(subject, roles);
	}

	private Mono<Void> join(String subject, Set<Role> roles) {
		if (!roles.contains(Role.ASSESSOR)) {
			return Mono.empty();
		}
		return this.contacts.of(subject).flatMapMany(this.isop::joined).then();
	}

}
