package nl.ouderbetrokkenheid.identityprovider;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

class StartupSafetyIntegrationTests {

	private static final String PUBLIC_ISSUER = "--portal.idp.issuer=https://login.kennisportaal.example";

	@Test
	void refusesToStartWithANonLocalIssuer() {
		assertThatException().isThrownBy(() -> start(PUBLIC_ISSUER))
			.havingRootCause()
			.withMessageContaining("Refusing to start")
			.withMessageContaining("https://login.kennisportaal.example")
			.withMessageContaining("not a localhost or loopback URL")
			.withMessageContaining("PORTAL_IDP_DEMO=true");
	}

	@Test
	void startsWithANonLocalIssuerWhenDemoModeIsExplicit() {
		try (ConfigurableApplicationContext context = start(PUBLIC_ISSUER, "--portal.idp.demo=true")) {
			assertThat(context.getBean(AuthorizationServerSettings.class).getIssuer())
				.isEqualTo("https://login.kennisportaal.example");
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		String[] all = new String[args.length + 1];
		all[0] = "--server.port=0";
		System.arraycopy(args, 0, all, 1, args.length);
		return new SpringApplication(IdentityProviderApplication.class).run(all);
	}

}
