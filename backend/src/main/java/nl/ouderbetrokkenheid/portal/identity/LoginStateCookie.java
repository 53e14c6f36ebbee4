package nl.ouderbetrokkenheid.portal.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import nl.ouderbetrokkenheid.portal.system.Hashes;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerAuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Keeps a login in progress (state, nonce, PKCE verifier) in an encrypted cookie of the browser that started it,
 * instead of in a server session. Before this, every anonymous {@code GET /oauth2/authorization/...} created a
 * session, and a loop of them filled the session store until nobody could log in. Now starting a login costs the
 * server nothing; the cookie holds at most {@link #MAX_LOGINS} logins (several tabs) for {@link #LIFETIME}.
 * <p>
 * The cookie is sealed with AES-GCM under a key derived from the client secret, which every replica has: the PKCE
 * verifier must stay secret, and a forged cookie must not be accepted. Rotating the secret ends logins in progress.
 */
class LoginStateCookie implements ServerAuthorizationRequestRepository<OAuth2AuthorizationRequest> {

	static final String NAME = "PORTAL_LOGIN";

	static final Duration LIFETIME = Duration.ofMinutes(10);

	static final int MAX_LOGINS = 3;

	private static final int NONCE_BYTES = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ReactiveClientRegistrationRepository registrations;

	private final SecretKeySpec key;

	private final Clock clock;

	LoginStateCookie(ReactiveClientRegistrationRepository registrations, String clientSecret, Clock clock) {
		this.registrations = registrations;
		this.key = new SecretKeySpec(Hashes.sha256("kennisportaal login state\n" + clientSecret), "AES");
		this.clock = clock;
	}

	/** One login in progress: what the callback needs to finish it. */
	record Pending(String registrationId, String state, String nonce, String verifier, String redirectUri,
			Instant startedAt) {

		String encode() {
			return String.join("\t", this.registrationId, this.state, this.nonce, this.verifier, this.redirectUri,
					Long.toString(this.startedAt.getEpochSecond()));
		}

		static Pending decode(String line) {
			String[] fields = line.split("\t", -1);
			if (fields.length != 6) {
				return null;
			}
			try {
				return new Pending(fields[0], fields[1], fields[2], fields[3], fields[4],
						Instant.ofEpochSecond(Long.parseLong(fields[5])));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

	}

	@Override
	public Mono<Void> saveAuthorizationRequest(OAuth2AuthorizationRequest request, ServerWebExchange exchange) {
		if (request == null) {
			return Mono.fromRunnable(() -> write(exchange, List.of()));
		}
		return Mono.fromRunnable(() -> {
			List<Pending> logins = new ArrayList<>(read(exchange));
			logins.add(new Pending(request.getAttribute(OAuth2ParameterNames.REGISTRATION_ID), request.getState(),
					request.getAttribute(OidcParameterNames.NONCE), request.getAttribute(PkceParameterNames.CODE_VERIFIER),
					request.getRedirectUri(), this.clock.instant()));
			// The oldest login in progress gives way: a tab left open long ago need not finish.
			write(exchange, logins.subList(Math.max(0, logins.size() - MAX_LOGINS), logins.size()));
		});
	}

	@Override
	public Mono<OAuth2AuthorizationRequest> loadAuthorizationRequest(ServerWebExchange exchange) {
		return Mono.justOrEmpty(matching(exchange)).flatMap(this::toRequest);
	}

	@Override
	public Mono<OAuth2AuthorizationRequest> removeAuthorizationRequest(ServerWebExchange exchange) {
		Pending pending = matching(exchange);
		if (pending == null) {
			return Mono.empty();
		}
		List<Pending> rest = read(exchange).stream().filter(p -> !p.state().equals(pending.state())).toList();
		write(exchange, rest);
		return toRequest(pending);
	}

	/** The login the callback's {@code state} names, if this browser started it and it has not expired. */
	private Pending matching(ServerWebExchange exchange) {
		String state = exchange.getRequest().getQueryParams().getFirst(OAuth2ParameterNames.STATE);
		if (state == null) {
			return null;
		}
		return read(exchange).stream().filter(p -> p.state().equals(state)).findFirst().orElse(null);
	}

	private Mono<OAuth2AuthorizationRequest> toRequest(Pending pending) {
		return this.registrations.findByRegistrationId(pending.registrationId())
			.map(registration -> toRequest(registration, pending));
	}

	private static OAuth2AuthorizationRequest toRequest(ClientRegistration registration, Pending pending) {
		return OAuth2AuthorizationRequest.authorizationCode()
			.clientId(registration.getClientId())
			.authorizationUri(registration.getProviderDetails().getAuthorizationUri())
			.redirectUri(pending.redirectUri())
			.scopes(registration.getScopes())
			.state(pending.state())
			.attributes(attributes -> {
				attributes.put(OAuth2ParameterNames.REGISTRATION_ID, registration.getRegistrationId());
				attributes.put(OidcParameterNames.NONCE, pending.nonce());
				attributes.put(PkceParameterNames.CODE_VERIFIER, pending.verifier());
			})
			.build();
	}

	private List<Pending> read(ServerWebExchange exchange) {
		HttpCookie cookie = exchange.getRequest().getCookies().getFirst(NAME);
		if (cookie == null || cookie.getValue().isEmpty()) {
			return List.of();
		}
		String plain = open(cookie.getValue());
		if (plain == null) {
			return List.of();
		}
		Instant oldest = this.clock.instant().minus(LIFETIME);
		List<Pending> logins = new ArrayList<>();
		for (String line : plain.split("\n")) {
			Pending pending = Pending.decode(line);
			if (pending != null && pending.startedAt().isAfter(oldest)) {
				logins.add(pending);
			}
		}
		return logins;
	}

	private void write(ServerWebExchange exchange, List<Pending> logins) {
		boolean secure = "https".equals(exchange.getRequest().getURI().getScheme());
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie
			.from(NAME, logins.isEmpty() ? "" : seal(String.join("\n", logins.stream().map(Pending::encode).toList())))
			.path("/")
			.httpOnly(true)
			.secure(secure)
			// Lax: the provider sends the browser back with a top-level GET, which carries Lax cookies.
			.sameSite("Lax")
			.maxAge(logins.isEmpty() ? Duration.ZERO : LIFETIME);
		exchange.getResponse().addCookie(cookie.build());
	}

	private String seal(String plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			cipher.updateAAD(NAME.getBytes(StandardCharsets.US_ASCII));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every JDK", ex);
		}
	}

	/** The cookie's text, or null when it was not sealed by a replica of this portal (or is damaged). */
	private String open(String value) {
		try {
			byte[] sealed = Base64.getUrlDecoder().decode(value);
			if (sealed.length <= NONCE_BYTES) {
				return null;
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, sealed, 0, NONCE_BYTES));
			cipher.updateAAD(NAME.getBytes(StandardCharsets.US_ASCII));
			return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES),
					StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			return null;
		}
	}

}
