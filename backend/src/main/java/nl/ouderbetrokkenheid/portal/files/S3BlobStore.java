package nl.ouderbetrokkenheid.portal.files;

import java.net.URI;
import java.nio.file.Path;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Files in an S3-compatible object store (production). Credentials come from the SDK's default chain
 * ({@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}, a profile, or the machine's role), never from the
 * portal's configuration files. The SDK's client blocks, so every call runs on the bounded elastic scheduler.
 */
class S3BlobStore implements BlobStore, AutoCloseable {

	private final S3Client client;

	private final String bucket;

	S3BlobStore(FilesProperties.S3 properties) {
		if (properties.bucket() == null || properties.bucket().isBlank()) {
			throw new IllegalStateException("portal.files.s3.bucket must name the bucket when portal.files.store=s3");
		}
		S3ClientBuilder builder = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.of(properties.region()))
			.forcePathStyle(properties.pathStyle());
		if (properties.endpoint() != null && !properties.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(properties.endpoint()));
		}
		this.client = builder.build();
		this.bucket = properties.bucket();
	}

	@Override
	public Mono<Void> put(String key, Path file, String contentType) {
		return Mono.<Void>fromRunnable(() -> this.client.putObject(
				request -> request.bucket(this.bucket).key(key).contentType(contentType), RequestBody.fromFile(file)))
			.subscribeOn(Schedulers.boundedElastic());
	}

	@Override
	public Flux<DataBuffer> get(String key) {
		return DataBufferUtils
			.readInputStream(() -> this.client.getObject(request -> request.bucket(this.bucket).key(key)),
					DefaultDataBufferFactory.sharedInstance, 64 * 1024)
			.subscribeOn(Schedulers.boundedElastic());
	}

	@Override
	public Mono<Void> delete(String key) {
		return Mono.<Void>fromRunnable(() -> this.client.deleteObject(request -> request.bucket(this.bucket).key(key)))
			.subscribeOn(Schedulers.boundedElastic());
	}

	@Override
	public void close() {
		this.client.close();
	}

}
