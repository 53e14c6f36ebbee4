package nl.ouderbetrokkenheid.portal.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the portal serves HTTP.
 *
 * @param maxRequestSize the largest request body accepted; larger ones get 413 before they are read
 * @param maxImportSize the largest body accepted by bulk-import endpoints (paths ending in {@code /import})
 * @param maxUploadSize the largest body accepted by file uploads (paths ending in {@code /files}): a little more than
 * {@code portal.files.max-size}, so a file just too large gets a problem naming the field rather than this limit's 413
 * @param appLocation where the built single-page app lives (a Spring resource location); empty serves no app
 * @param publicUrl the portal's public address, for canonical links, sitemaps and feeds
 */
@ConfigurationProperties("portal.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxRequestSize, @DefaultValue("256MB") DataSize maxImportSize,
		@DefaultValue("21MB") DataSize maxUploadSize, @DefaultValue("") String appLocation, @DefaultValue("http://localhost:8080") String publicUrl) {

	/** The public address without a trailing slash, so a path can follow it. */
	public String publicBase() {
		return this.publicUrl.endsWith("/") ? this.publicUrl.substring(0, this.publicUrl.length() - 1) : this.publicUrl;
	}

}
