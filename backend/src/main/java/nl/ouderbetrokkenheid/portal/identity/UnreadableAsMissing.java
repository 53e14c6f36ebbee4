package nl.ouderbetrokkenheid.portal.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.data.redis.serializer.SerializationException;

/**
 * Reads session values the way Spring Session does (Java serialization), except that a value this release cannot read
 * (its class changed in an upgrade, or the bytes are damaged) reads as missing instead of failing. A session without
 * its security context is a visitor's: the person logs in again, rather than getting an error on every request until
 * their cookie expires.
 */
final class UnreadableAsMissing implements RedisSerializer<Object> {

	private static final Logger logger = LoggerFactory.getLogger(UnreadableAsMissing.class);

	private final RedisSerializer<Object> serializer = RedisSerializer.java();

	@Override
	public byte[] serialize(Object value) {
		return this.serializer.serialize(value);
	}

	@Override
	public Object deserialize(byte[] bytes) {
		try {
			return this.serializer.deserialize(bytes);
		}
		catch (SerializationException ex) {
			logger.warn("A session value could not be read; the session goes on without it: {}", ex.getMessage());
			return null;
		}
	}

}
