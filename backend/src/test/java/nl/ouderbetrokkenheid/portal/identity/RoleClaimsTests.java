package nl.ouderbetrokkenheid.portal.identity;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleClaimsTests {

	@Test
	void flatRolesClaimNamesPortalRoles() {
		RoleClaims claims = new RoleClaims("roles", Map.of());
		assertThat(claims.roles(Map.of("roles", List.of("EXPERT", "organiser", "unrelated"))))
			.containsExactlyInAnyOrder(Role.MEMBER, Role.EXPERT, Role.ORGANISER);
	}

	@Test
	void privilegedRolesNeverComeFromAClaimWithoutAMapping() {
		RoleClaims claims = new RoleClaims("roles", Map.of());
		assertThat(claims.roles(Map.of("roles", List.of("ADMIN", "editor", "Admin", "EXPERT"))))
			.containsExactlyInAnyOrder(Role.MEMBER, Role.EXPERT);
		assertThat(claims.roles(Map.of("roles", "ADMIN EDITOR"))).containsExactly(Role.MEMBER);
	}

	@Test
	void anExplicitMappingMayNamePrivilegedRoles() {
		RoleClaims claims = new RoleClaims("roles", Map.of("ADMIN", Role.ADMIN, "EDITOR", Role.EDITOR));
		assertThat(claims.roles(Map.of("roles", List.of("ADMIN", "EDITOR", "EXPERT"))))
			.containsExactlyInAnyOrder(Role.MEMBER, Role.ADMIN, Role.EDITOR);
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
		assertThat(claims.roles(Map.of("roles", "ORGANISER EXPERT"))).containsExactlyInAnyOrder(Role.MEMBER,
				Role.ORGANISER, Role.EXPERT);
	}

}
