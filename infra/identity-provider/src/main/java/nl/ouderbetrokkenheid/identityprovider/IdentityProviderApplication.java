package nl.ouderbetrokkenheid.identityprovider;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Local OpenID Connect provider with demo accounts for running and browser-testing the Kennisportaal. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityProviderApplication {

	public static void main(String[] args) {
		SpringApplication.run(IdentityProviderApplication.class, args);
	}

}
