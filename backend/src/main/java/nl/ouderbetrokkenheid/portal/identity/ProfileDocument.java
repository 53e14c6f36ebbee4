package nl.ouderbetrokkenheid.portal.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * What the portal keeps about a person, keyed by the provider's subject.
 */
@Data
@Document(indexName = "#{@indexNames.alias('profiles')}", createIndex = false, writeTypeHint = WriteTypeHint.FALSE)
class ProfileDocument {

	@Id
	private String subject;

	private String displayName;

	private String email;

	private String organisation;

	private String sector;

	private String region;

	private String bio;

	/** The roles the provider's claims carried at the last login. */
	private Set<Role> providerRoles = EnumSet.of(Role.MEMBER);

	/** The roles an administrator granted inside the portal. */
	private Set<Role> grantedRoles = EnumSet.noneOf(Role.class);

	@Timestamp
	private Instant createdAt;

	@Timestamp
	private Instant lastLoginAt;

	/** Sessions that logged in before this moment are over ("log out everywhere"); null when never used. */
	@Timestamp
	private Instant sessionsValidAfter;

	/** The version read, so that a write based on it fails when someone else wrote in between. */
	private SeqNoPrimaryTerm version;

	Set<Role> roles() {
		Set<Role> roles = EnumSet.of(Role.MEMBER);
		roles.addAll(this.providerRoles);
		roles.addAll(this.grantedRoles);
		return roles;
	}

}
