package nl.ouderbetrokkenheid.portal.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Files in a directory (locally: the data directory), two levels of sub-directories by the key's first characters so
 * no directory grows huge. A file appears whole or not at all: it is copied next to its place and then moved.
 */
class LocalBlobStore implements BlobStore {

	private static final Pattern KEY = Pattern.compile("[a-z0-9-]{8,64}");

	private final Path root;

	LocalBlobStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public Mono<Void> put(String key, Path file, String contentType) {
		return Mono.<Void>fromRunnable(() -> {
			Path target = path(key);
			try {
				Files.createDirectories(target.getParent());
				Path partial = target.resolveSibling(key + ".partial");
				Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
				Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).subscribeOn(Schedulers.boundedElastic());
	}

	@Override
	public Flux<DataBuffer> get(String key) {
		return DataBufferUtils.read(path(key), DefaultDataBufferFactory.sharedInstance, 64 * 1024);
	}

	@Override
	public Mono<Void> delete(String key) {
		return Mono.<Void>fromRunnable(() -> {
			try {
				Files.deleteIfExists(path(key));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private Path path(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a blob key: " + key);
		}
		return this.root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
	}

}
