package nl.ouderbetrokkenheid.portal.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * The provider's access and refresh tokens are kept nowhere: the portal never calls the provider on a person's behalf
 * after the login (logout needs the ID token, which the session's user holds). Spring's default kept every person's
 * tokens in the memory of the replica that logged them in, for good: state a replica must not have, and data nobody
 * reads.
 */
final class NoProviderTokens implements ServerOAuth2AuthorizedClientRepository {

	@Override
	public <T extends OAuth2AuthorizedClient> Mono<T> loadAuthorizedClient(String clientRegistrationId,
			Authentication principal, ServerWebExchange exchange) {
		return Mono.empty();
	}

	@Override
	public Mono<Void> saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
			ServerWebExchange exchange) {
		return Mono.empty();
	}

	@Override
	public Mono<Void> removeAuthorizedClient(String clientRegistrationId, Authentication principal,
			ServerWebExchange exchange) {
		return Mono.empty();
	}

}
