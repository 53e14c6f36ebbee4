package nl.ouderbetrokkenheid.portal.experts;

import java.util.Set;

import nl.ouderbetrokkenheid.portal.identity.LoginListener;
import nl.ouderbetrokkenheid.portal.identity.Role;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * What other features may know about experts: the public face of an author.
 */
@Component
public class Experts implements LoginListener {

	/** An expert as an article names them. */
	public record Author(String slug, String name, String region, String organisation) {
	}

	private final ExpertService experts;

	Experts(ExpertService experts) {
		this.experts = experts;
	}

	/** The expert's public profile, made the first time they show up; the name follows the identity provider's. */
	public Mono<Author> author(String subject, String name) {
		return this.experts.ensure(subject, name).map(Experts::toAuthor);
	}

	/** Every expert has a public profile from their first login, so the directory knows them before they write. */
	@Override
	public Mono<Void> loggedIn(String subject, String name, Set<Role> roles) {
		return roles.contains(Role.EXPERT) ? this.experts.ensure(subject, name).then() : Mono.empty();
	}

	/** The expert's public profile if they have one. */
	public Mono<Author> find(String subject) {
		return this.experts.bySubject(subject).map(Experts::toAuthor);
	}

	private static Author toAuthor(ExpertDocument expert) {
		return new Author(expert.getSlug(), expert.getName(), expert.getRegion(), expert.getOrganisation());
	}

}
