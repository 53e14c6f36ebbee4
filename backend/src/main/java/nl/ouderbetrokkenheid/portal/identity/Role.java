package nl.ouderbetrokkenheid.portal.identity;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a person may do in the portal. Every logged-in person is a MEMBER.
 */
public enum Role {

	/** A logged-in professional: registers for events, keeps a profile. */
	MEMBER,
	/** Publishes and runs events. */
	ORGANISER,
	/** Writes articles for editors to review. */
	EXPERT,
	/** Curates all content, reviews articles, may act on any event. */
	EDITOR,
	/** Decides who has which role inside the portal. */
	ADMIN;

	public SimpleGrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	static Role fromAuthority(String authority) {
		if (authority == null || !authority.startsWith("ROLE_")) {
			return null;
		}
		try {
			return valueOf(authority.substring(5));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
