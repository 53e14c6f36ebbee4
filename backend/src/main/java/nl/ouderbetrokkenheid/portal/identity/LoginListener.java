package nl.ouderbetrokkenheid.portal.identity;

import java.util.Set;

import reactor.core.publisher.Mono;

/**
 * A feature that wants to know when someone logs in, with the roles the portal gives them, e.g. to set up what a
 * role brings (an expert's public profile). The login waits for it, so it should be quick; a failure fails the login.
 */
public interface LoginListener {

	Mono<Void> loggedIn(String subject, String name, Set<Role> roles);

}
