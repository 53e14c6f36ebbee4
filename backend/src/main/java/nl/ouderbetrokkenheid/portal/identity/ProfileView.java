package nl.ouderbetrokkenheid.portal.identity;

import java.time.Instant;
import java.util.List;

/**
 * A person as the API shows them: to themselves through {@code /api/me}, and to administrators.
 *
 * @param roles all roles in force
 * @param providerRoles the roles the identity provider gives (an administrator cannot take these away)
 * @param grantedRoles the roles granted inside the portal
 */
record ProfileView(String subject, String displayName, String email, List<String> roles, List<String> providerRoles,
		List<String> grantedRoles, String organisation, String sector, String region, String bio, Instant createdAt,
		Instant lastLoginAt) {
}
