package nl.ouderbetrokkenheid.portal.files;

import java.nio.file.Path;

import org.springframework.core.io.buffer.DataBuffer;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where the bytes of attached files live, by key. Keys are the portal's own ids, never a name a person chose.
 */
interface BlobStore {

	/** Stores the file's content under the key, replacing nothing: keys are new ids. */
	Mono<Void> put(String key, Path file, String contentType);

	/** The content, read as it is sent. */
	Flux<DataBuffer> get(String key);

	/** Removes the content; nothing happens when there is none. */
	Mono<Void> delete(String key);

}
