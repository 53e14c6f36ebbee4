package nl.ouderbetrokkenheid.portal.identity;

import java.util.Set;

import reactor.core.publisher.Mono;

/**
 * A feature that wants to know when an administrator changes someone's portal roles, e.g. to take away what a revoked
 * role brought (an expert's directory entry). Called with all the roles the person holds now, after the change is
 * stored; the administrator's request waits for it, and a failure fails it (the change can be sent again).
 */
public interface RolesChangedListener {

	Mono<Void> rolesChanged(String subject, Set<Role> roles);

}
