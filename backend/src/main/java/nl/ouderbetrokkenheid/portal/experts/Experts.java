package nl.ouderbetrokkenheid.portal.experts;

import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.LoginListener;
import nl.ouderbetrokkenheid.portal.identity.Role;
import nl.ouderbetrokkenheid.portal.identity.RolesChangedListener;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * What other features may know about experts: the public face of an author.
 */
@Component
@RequiredArgsConstructor
public class Experts implements LoginListener, RolesChangedListener {

	/** An expert as an article names them. */
	public record Author(String slug, String name, String region, String organisation) {
	}

	private final ExpertService experts;

	/** The expert's public profile, made the first time they show up; the name follows the identity provider's. */
	public Mono<Author> author(String subject, String name) {
		return this.experts.ensure(subject, name).map(Experts::toAuthor);
	}

	/**
	 * Every expert has a profile from their first login (listed in the directory only once they choose to be); one who
	 * logs in without the role any more leaves the directory.
	 */
	@Override
	public Mono<Void> loggedIn(String subject, String name, Set<Role> roles) {
		return roles.contains(Role.EXPERT) ? this.experts.ensure(subject, name).then()
				: this.experts.roleHeld(subject, false);
	}

	/** An administrator's grant or revocation of the role shows in the directory at once. */
	@Override
	public Mono<Void> rolesChanged(String subject, Set<Role> roles) {
		return this.experts.roleHeld(subject, roles.contains(Role.EXPERT));
	}

	/** The expert's public profile if they have one. */
	public Mono<Author> find(String subject) {
		return this.experts.bySubject(subject).map(Experts::toAuthor);
	}

	private static Author toAuthor(ExpertDocument expert) {
		return new Author(expert.getSlug(), expert.getName(), expert.getRegion(), expert.getOrganisation());
	}

}
