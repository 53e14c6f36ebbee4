package nl.ouderbetrokkenheid.portal.articles;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the articles feature.
 *
 * @param publicUrl the portal's public address, for links in mails
 */
@ConfigurationProperties("portal.articles")
record ArticlesProperties(@DefaultValue("http://localhost:8080") String publicUrl) {
}
