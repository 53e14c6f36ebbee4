package nl.ouderbetrokkenheid.portal.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode: on first start the portal loads its fictional demo content (the run command turns this on).
 *
 * @param enabled whether to load demo content
 */
@ConfigurationProperties("portal.demo")
public record DemoProperties(boolean enabled) {
}
