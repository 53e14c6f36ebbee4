package nl.ouderbetrokkenheid.identityprovider.authorization;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** An OpenID Connect authorization request as the portal backend sends it: code flow, PKCE S256, state and nonce. */
record PkceAuthorizationRequest(String redirectUri, String codeVerifier, String state, String nonce) {

	static final String CLIENT_ID = "kennisportaal";

	static final String CLIENT_SECRET = "kennisportaal-local-secret";

	static final String PORTAL_REDIRECT_URI = "http://localhost:8080/login/oauth2/code/kennisportaal";

	private static final SecureRandom random = new SecureRandom();

	static PkceAuthorizationRequest to(String redirectUri) {
		return new PkceAuthorizationRequest(redirectUri, randomString(), randomString(), randomString());
	}

	URI uri(URI issuer) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("response_type", "code");
		parameters.put("client_id", CLIENT_ID);
		parameters.put("scope", "openid profile email");
		parameters.put("redirect_uri", this.redirectUri);
		parameters.put("state", this.state);
		parameters.put("nonce", this.nonce);
		parameters.put("code_challenge", codeChallenge());
		parameters.put("code_challenge_method", "S256");
		return URI.create(issuer + "/oauth2/authorize?" + Browser.formBody(parameters));
	}

	private String codeChallenge() {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(this.codeVerifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String randomString() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
