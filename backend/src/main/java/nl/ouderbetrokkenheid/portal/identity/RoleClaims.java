package nl.ouderbetrokkenheid.portal.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads portal roles from a provider's claims: Keycloak nests them ({@code realm_access.roles}), Entra ID and
 * SURFconext use flat {@code roles} or {@code groups} claims with their own names.
 * <p>
 * With a mapping table only its entries count. Without one, a value that names a role grants it, except the
 * privileged roles ({@link Role#PRIVILEGED}): whoever controls a provider's group names must not become an editor or
 * administrator of the portal by naming a group "ADMIN". Those come from an explicit mapping, or from a grant inside
 * the portal.
 */
class RoleClaims {

	private final String[] path;

	private final Map<String, Role> mapping;

	RoleClaims(String claimPath, Map<String, Role> mapping) {
		this.path = claimPath.split("\\.");
		this.mapping = mapping;
	}

	/** The roles the claims grant; always including MEMBER, as every logged-in person is one. */
	Set<Role> roles(Map<String, Object> claims) {
		Set<Role> roles = EnumSet.of(Role.MEMBER);
		Object value = claims;
		for (String segment : this.path) {
			value = (value instanceof Map<?, ?> map) ? map.get(segment) : null;
		}
		if (value instanceof Collection<?> values) {
			values.forEach(v -> add(roles, String.valueOf(v)));
		}
		else if (value instanceof String single) {
			for (String v : single.split("[,\\s]+")) {
				add(roles, v);
			}
		}
		return roles;
	}

	private void add(Set<Role> roles, String value) {
		Role mapped = this.mapping.get(value);
		if (mapped == null && this.mapping.isEmpty()) {
			try {
				mapped = Role.valueOf(value.toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				return;
			}
			if (Role.PRIVILEGED.contains(mapped)) {
				return;
			}
		}
		if (mapped != null) {
			roles.add(mapped);
		}
	}

}
