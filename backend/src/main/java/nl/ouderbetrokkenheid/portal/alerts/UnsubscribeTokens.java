package nl.ouderbetrokkenheid.portal.alerts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import nl.ouderbetrokkenheid.portal.identity.IdentityProperties;
import nl.ouderbetrokkenheid.portal.system.Hashes;

import org.springframework.stereotype.Component;

/**
 * The token of a digest's unsubscribe link: whose digest and which frequency, signed with HMAC-SHA-256 under a key
 * derived from the client secret, which every replica has (as the login state cookie's key is). It works without a
 * login and cannot be made for someone else; rotating the secret ends the links in mails already sent.
 */
@Component
class UnsubscribeTokens {

	/** Whose digest of which frequency a token stands for. */
	record Subscription(String owner, Frequency frequency) {
	}

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final byte[] key;

	UnsubscribeTokens(IdentityProperties identity) {
		this.key = Hashes.sha256("kennisportaal digest unsubscribe\n" + identity.clientSecret());
	}

	String sign(String owner, Frequency frequency) {
		String payload = owner + "\n" + frequency.name();
		return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
				+ ENCODER.encodeToString(Hashes.hmacSha256(this.key, payload));
	}

	/** The subscription a token stands for, if the portal signed it. */
	Optional<Subscription> read(String token) {
		if (token == null || token.length() > 1000) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot < 1) {
			return Optional.empty();
		}
		try {
			String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
			byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(signature, Hashes.hmacSha256(this.key, payload))) {
				return Optional.empty();
			}
			int newline = payload.lastIndexOf('\n');
			Frequency frequency = Frequency.parse(payload.substring(newline + 1));
			return (newline < 1 || frequency == null) ? Optional.empty()
					: Optional.of(new Subscription(payload.substring(0, newline), frequency));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
