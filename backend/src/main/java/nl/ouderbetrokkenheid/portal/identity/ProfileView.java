package nl.ouderbetrokkenheid.portal.identity;

import java.time.Instant;
import java.util.List;

/**
 * A person as the API shows them: to themselves through {@code /api/me}, and to administrators.
 */
record ProfileView(String subject, String displayName, String email, List<String> roles, String organisation,
		String sector, String region, String bio, Instant createdAt, Instant lastLoginAt) {
}
