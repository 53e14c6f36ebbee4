package nl.ouderbetrokkenheid.portal.identity;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which OpenID Connect provider people log in with, and how its claims become portal roles.
 *
 * @param issuerUri the provider's issuer; its discovery document supplies every endpoint
 * @param clientId the portal's client id at the provider
 * @param clientSecret the portal's client secret (from the environment in production)
 * @param scopes the scopes asked for
 * @param rolesClaim where the provider puts roles or groups: a claim name or a dotted path such as
 * {@code realm_access.roles}
 * @param roleMapping provider values to portal roles (e.g. {@code portal-editors: EDITOR}); when empty, values
 * that name a role ({@code EDITOR}) map to it, when not, only the table's entries count
 */
@ConfigurationProperties("portal.identity")
public record IdentityProperties(@DefaultValue("http://localhost:9000") String issuerUri,
		@DefaultValue("kennisportaal") String clientId, @DefaultValue("kennisportaal-local-secret") String clientSecret,
		@DefaultValue({ "openid", "profile", "email" }) List<String> scopes, @DefaultValue("roles") String rolesClaim,
		Map<String, Role> roleMapping) {

	public IdentityProperties {
		roleMapping = (roleMapping != null) ? Map.copyOf(roleMapping) : Map.of();
	}

}
