package nl.ouderbetrokkenheid.portal.identity;

import java.time.Duration;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The one provider registration, read from the provider's discovery document when first needed rather than at
 * start-up, so the portal starts (and serves anonymous visitors) while the provider is down, and picks it up once
 * it is back.
 */
class ProviderRegistrations implements ReactiveClientRegistrationRepository {

	static final String REGISTRATION_ID = "kennisportaal";

	private final IdentityProperties properties;

	private final Mono<ClientRegistration> registration;

	ProviderRegistrations(IdentityProperties properties) {
		this.properties = properties;
		// Discovery is a blocking HTTP call, hence the scheduler; success is cached, failure is tried again next time.
		this.registration = Mono.fromCallable(this::discover)
			.subscribeOn(Schedulers.boundedElastic())
			.timeout(Duration.ofSeconds(10))
			.cacheInvalidateIf(r -> false);
	}

	@Override
	public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
		return REGISTRATION_ID.equals(registrationId) ? this.registration : Mono.empty();
	}

	private ClientRegistration discover() {
		return ClientRegistrations.fromIssuerLocation(this.properties.issuerUri())
			.registrationId(REGISTRATION_ID)
			.clientId(this.properties.clientId())
			.clientSecret(this.properties.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope(this.properties.scopes())
			.userNameAttributeName("sub")
			.build();
	}

}
