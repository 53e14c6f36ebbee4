package nl.ouderbetrokkenheid.portal.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable tokens for links that grant something without a login (a team's invite link, a shared collection), and
 * their comparison in constant time, so an answer's timing tells nothing about how much of a guess was right.
 */
public final class Tokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Tokens() {
	}

	/** 24 random bytes, URL-safe Base64 (32 characters). */
	public static String random() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static boolean same(String expected, String given) {
		return expected != null && given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				given.getBytes(StandardCharsets.UTF_8));
	}

}
