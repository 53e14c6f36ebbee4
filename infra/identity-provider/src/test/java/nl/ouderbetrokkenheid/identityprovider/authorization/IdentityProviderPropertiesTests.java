package nl.ouderbetrokkenheid.identityprovider.authorization;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdentityProviderPropertiesTests {

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:9000", "http://LOCALHOST:9000", "http://idp.localhost:9000",
			"http://127.0.0.1:9000", "http://127.10.0.1", "http://[::1]:9000" })
	void loopbackIssuersAreAccepted(String issuer) {
		assertThat(properties(issuer, false).issuer()).isEqualTo(URI.create(issuer));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://login.kennisportaal.example", "http://localhost.kennisportaal.example:9000",
			"http://10.0.0.5:9000", "http://0.0.0.0:9000", "http://[::]:9000" })
	void otherIssuersAreRefused(String issuer) {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(issuer, false))
			.withMessageContaining("Refusing to start")
			.withMessageContaining("portal.idp.demo=true");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://login.kennisportaal.example", "http://10.0.0.5:9000" })
	void otherIssuersAreAcceptedInExplicitDemoMode(String issuer) {
		assertThat(properties(issuer, true).demo()).isTrue();
	}

	private static IdentityProviderProperties properties(String issuer, boolean demo) {
		return new IdentityProviderProperties(URI.create(issuer), demo, "kennisportaal", "secret",
				List.of("http://127.0.0.1:8080/login/oauth2/code/kennisportaal"), List.of("http://127.0.0.1:8080/"));
	}

}
