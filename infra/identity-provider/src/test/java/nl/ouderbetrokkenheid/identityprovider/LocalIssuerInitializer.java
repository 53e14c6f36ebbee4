package nl.ouderbetrokkenheid.identityprovider;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.util.TestSocketUtils;

/**
 * Picks the port before the context starts: a random port ({@code server.port=0}) would only be known after the
 * issuer, which is part of every token, had been fixed.
 */
class LocalIssuerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	// One port for the whole test run, so every test class shares one cached context.
	private static final int PORT = TestSocketUtils.findAvailableTcpPort();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("localIssuer",
					Map.of("server.port", PORT, "portal.idp.issuer", "http://localhost:" + PORT)));
	}

}
