package nl.ouderbetrokkenheid.portal.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a text's UTF-8 bytes: for ids derived from content (one document per person per event, per query) and
 * fingerprints. Not for passwords.
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

}
