package nl.ouderbetrokkenheid.portal.identity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

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
	ADMIN,
	/** Registers their school for the ISOP label and keeps its dossier. */
	SCHOOL_CONTACT,
	/** Assesses the ISOP dossiers assigned to them: visits, findings, the decision. */
	ASSESSOR;

	/** Roles a provider's claim grants only through an explicit mapping entry (see {@code RoleClaims}). */
	static final Set<Role> PRIVILEGED = Collections.unmodifiableSet(EnumSet.of(EDITOR, ADMIN, ASSESSOR));

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
