package nl.ouderbetrokkenheid.portal.identity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleClaimsTests {

	@Test
	void flatRolesClaimNamesPortalRoles() {
		RoleClaims claims = new RoleClaims("roles", Map.of());
		assertThat(claims.roles(Map.of("roles", List.of("EDITOR", "organiser", "unrelated"))))
			.containsExactlyInAnyOrder(Role.MEMBER, Role.EDITOR, Role.ORGANISER);
	}

	@Test
	void keycloakRealmRolesAreFoundByPath() {
		RoleClaims claims = new RoleClaims("realm_access.roles", Map.of());
		assertThat(claims.roles(Map.of("realm_access", Map.of("roles", List.of("EXPERT")))))
			.containsExactlyInAnyOrder(Role.MEMBER, Role.EXPERT);
	}

	@Test
	void withAMappingOnlyMappedValuesCount() {
		RoleClaims claims = new RoleClaims("groups", Map.of("portal-redactie", Role.EDITOR));
		assertThat(claims.roles(Map.of("groups", List.of("portal-redactie", "ADMIN"))))
			.containsExactlyInAnyOrder(Role.MEMBER, Role.EDITOR);
	}

	@Test
	void everyoneIsAMemberEvenWithoutClaims() {
		RoleClaims claims = new RoleClaims("roles", Map.of());
		assertThat(claims.roles(Map.of())).containsExactly(Role.MEMBER);
		assertThat(claims.roles(Map.of("roles", "ADMIN EDITOR"))).containsExactlyInAnyOrder(Role.MEMBER, Role.ADMIN,
				Role.EDITOR);
	}

}
