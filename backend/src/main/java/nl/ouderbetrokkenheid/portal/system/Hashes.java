package nl.ouderbetrokkenheid.portal.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256 of a text's UTF-8 bytes: for ids derived from content (one document per person per event, per query) and
 * fingerprints; HMAC-SHA-256 for links that must prove the portal made them (an unsubscribe link). Not for passwords.
 */
public final class Hashes {

	private Hashes() {
	}

	public static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	/** The whole digest as 64 lower-case hex digits. */
	public static String sha256Hex(String text) {
		return HexFormat.of().formatHex(sha256(text));
	}

	/** The first {@code bytes} bytes of the digest as lower-case hex: shorter ids where a collision is still unlikely. */
	public static String sha256Hex(String text, int bytes) {
		return HexFormat.of().formatHex(sha256(text), 0, bytes);
	}

	/** HMAC-SHA-256 of the text under the key: a signature only a holder of the key can make. */
	public static byte[] hmacSha256(byte[] key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException("Every Java platform has HmacSHA256", ex);
		}
	}

}
