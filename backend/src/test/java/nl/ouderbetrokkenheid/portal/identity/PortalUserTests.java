package nl.ouderbetrokkenheid.portal.identity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import static org.assertj.core.api.Assertions.assertThat;

class PortalUserTests {

	@Test
	void rolesComeFromTheSessionsAuthoritiesAndUnknownOnesAreIgnored() {
		PortalUser user = PortalUser.of(login(Map.of("sub", "s-1", "name", "Olga Organisator"), "ROLE_MEMBER",
				"ROLE_ORGANISER", "ROLE_UNKNOWN", "SCOPE_openid"));
		assertThat(user.subject()).isEqualTo("s-1");
		assertThat(user.name()).isEqualTo("Olga Organisator");
		assertThat(user.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.ORGANISER);
		assertThat(user.isEditor()).isFalse();
	}

	@Test
	void theNameFallsBackToTheUsernameThenTheSubject() {
		assertThat(PortalUser.of(login(Map.of("sub", "s-2", "preferred_username", "olga"), "ROLE_MEMBER")).name())
			.isEqualTo("olga");
		assertThat(PortalUser.of(login(Map.of("sub", "s-3"), "ROLE_MEMBER")).name()).isEqualTo("s-3");
	}

	@Test
	void theOwnerAndEditorsManageNobodyElseAndNeverAnonymous() {
		PortalUser owner = new PortalUser("owner", "O", null, Set.of(Role.MEMBER));
		PortalUser editor = new PortalUser("editor", "E", null, Set.of(Role.MEMBER, Role.EDITOR));
		assertThat(owner.mayManage("owner")).isTrue();
		assertThat(owner.mayManage("someone-else")).isFalse();
		assertThat(editor.mayManage("someone-else")).isTrue();
		assertThat(PortalUser.ANONYMOUS.mayManage(null)).isFalse();
		assertThat(PortalUser.of(null)).isSameAs(PortalUser.ANONYMOUS);
	}

	private static DefaultOidcUser login(Map<String, Object> claims, String... authorities) {
		OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), claims);
		return new DefaultOidcUser(List.of(authorities).stream().map(SimpleGrantedAuthority::new).toList(), token,
				"sub");
	}

}
