package nl.ouderbetrokkenheid.portal.identity;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.session.MapSession;
import org.springframework.session.config.ReactiveSessionRepositoryCustomizer;
import org.springframework.session.data.redis.ReactiveRedisIndexedSessionRepository;
import org.springframework.session.data.redis.RedisSessionMapper;

import reactor.core.publisher.Mono;

/**
 * Sessions live in the Redis every replica shares (Spring Session's indexed repository, configured in
 * {@code application.yml}), so any replica serves any request and a replica that stops logs nobody out. What a session
 * may do is still decided per request by the person's profile ({@link PortalSessions}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * Spring Session's serializer for session values, by its bean name, made to read what it cannot read as missing
	 * (see {@link UnreadableAsMissing}): an upgrade that changes a class in the security context logs people out
	 * instead of failing their requests.
	 */
	@Bean
	RedisSerializer<Object> springSessionDefaultRedisSerializer() {
		return new UnreadableAsMissing();
	}

	/**
	 * A session whose record is incomplete counts as no session rather than failing every request that carries its
	 * cookie (Spring Session's mapper throws). That happens when a session is ended ("log out everywhere", an erasure)
	 * while one of its requests is still running: that request's end writes its last-access time back alone.
	 */
	@Bean
	ReactiveSessionRepositoryCustomizer<ReactiveRedisIndexedSessionRepository> incompleteSessionsAreNoSessions() {
		RedisSessionMapper mapper = new RedisSessionMapper();
		return repository -> repository.setRedisSessionMapper((String id, Map<String, Object> stored) -> Mono
			.fromSupplier(() -> mapper.apply(id, stored))
			.onErrorResume(IllegalStateException.class, ex -> Mono.<MapSession>empty()));
	}

}
