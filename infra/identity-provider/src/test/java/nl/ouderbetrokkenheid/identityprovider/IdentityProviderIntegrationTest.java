package nl.ouderbetrokkenheid.identityprovider;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;

/**
 * Starts the whole identity provider on a free port with a matching {@code http://localhost:<port>} issuer, so that
 * tokens, the discovery document and redirects carry the URL the tests talk to. Inject it with
 * {@code @Value("${portal.idp.issuer}")}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = LocalIssuerInitializer.class)
public @interface IdentityProviderIntegrationTest {

}
