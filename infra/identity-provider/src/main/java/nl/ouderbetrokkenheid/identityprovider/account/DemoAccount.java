package nl.ouderbetrokkenheid.identityprovider.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person who can log in to the local identity provider, with the portal roles the portal reads from the
 * {@code roles} claim.
 */
public record DemoAccount(String username, String name, String givenName, String familyName, String email,
		List<String> roles) {

	/** The claims {@link #claims()} returns, for the discovery document's {@code claims_supported}. */
	public static final List<String> CLAIM_NAMES = List.of("sub", "name", "given_name", "family_name",
			"preferred_username", "email", "email_verified", "roles");

	public DemoAccount {
		roles = List.copyOf(roles);
	}

	/** The OpenID Connect claims for this account, shared by the ID token and the userinfo response. */
	public Map<String, Object> claims() {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("sub", this.username);
		claims.put("name", this.name);
		claims.put("given_name", this.givenName);
		claims.put("family_name", this.familyName);
		claims.put("preferred_username", this.username);
		claims.put("email", this.email);
		claims.put("email_verified", true);
		claims.put("roles", this.roles);
		return claims;
	}

}
