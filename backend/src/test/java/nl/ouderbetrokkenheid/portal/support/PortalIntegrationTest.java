package nl.ouderbetrokkenheid.portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal on a random port, against the real Elasticsearch test node, the WireMock OIDC provider, an
 * in-process SMTP server and the real session store (redis-server).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "portal.metrics.scrape.password=" + PortalIntegrationTest.METRICS_PASSWORD)
@AutoConfigureWebTestClient(timeout = "PT30S") // generous: CI shares two cores with Elasticsearch
@ContextConfiguration(initializers = { ElasticsearchTestNode.Initializer.class, OidcProviderStub.Initializer.class,
		MailTestServer.Initializer.class, RedisTestServer.Initializer.class })
public @interface PortalIntegrationTest {

	/** The metrics scraper's password in every integration test (user {@code prometheus}). */
	String METRICS_PASSWORD = "scraper-secret-for-tests";

}
