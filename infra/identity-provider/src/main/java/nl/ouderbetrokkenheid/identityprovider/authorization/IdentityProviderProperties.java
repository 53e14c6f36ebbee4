package nl.ouderbetrokkenheid.identityprovider.authorization;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code portal.idp}. Binding fails, and so the application refuses to start, when the issuer is not a
 * loopback URL and {@code demo} is not set: the accounts and their password are public.
 *
 * @param issuer the issuer URL put in tokens and the discovery document
 * @param demo whether running on a non-loopback issuer was asked for on purpose
 * @param clientId the portal's client id
 * @param clientSecret the portal's client secret; the default is for local runs only
 * @param redirectUris where authorization codes may be sent; a {@code 127.0.0.1} entry matches any port
 * @param postLogoutRedirectUris where RP-initiated logout may return to
 */
@ConfigurationProperties("portal.idp")
public record IdentityProviderProperties(URI issuer, @DefaultValue("false") boolean demo,
		@DefaultValue("kennisportaal") String clientId, @DefaultValue("kennisportaal-local-secret") String clientSecret,
		@DefaultValue({ "http://localhost:8080/login/oauth2/code/kennisportaal",
				"http://127.0.0.1:8080/login/oauth2/code/kennisportaal" }) List<String> redirectUris,
		@DefaultValue({ "http://localhost:8080/", "http://127.0.0.1:8080/" }) List<String> postLogoutRedirectUris) {

	public IdentityProviderProperties {
		if (issuer == null) {
			throw new IllegalArgumentException("portal.idp.issuer is not set");
		}
		if (!demo && !isLoopback(issuer)) {
			throw new IllegalArgumentException("Refusing to start: portal.idp.issuer is " + issuer
					+ ", which is not a localhost or loopback URL. This identity provider lets anyone log in to"
					+ " its demo accounts with a published password and is meant for local runs and tests only."
					+ " To run it on a shared demo host anyway, set portal.idp.demo=true"
					+ " (environment variable PORTAL_IDP_DEMO=true).");
		}
		redirectUris = List.copyOf(redirectUris);
		postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
	}

	static boolean isLoopback(URI uri) {
		String host = uri.getHost();
		if (host == null) {
			return false;
		}
		host = host.toLowerCase(Locale.ROOT);
		if (host.equals("localhost") || host.endsWith(".localhost")) {
			return true;
		}
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		try {
			// ofLiteral never asks DNS: a name that merely resolves to 127.0.0.1 does not count.
			return InetAddress.ofLiteral(host).isLoopbackAddress();
		}
		catch (IllegalArgumentException notAnAddressLiteral) {
			return false;
		}
	}

}
