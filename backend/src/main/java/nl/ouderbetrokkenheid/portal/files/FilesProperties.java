package nl.ouderbetrokkenheid.portal.files;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where attached files are kept and how far their text extraction may go.
 *
 * @param store {@code local} (a directory) or {@code s3} (an S3-compatible object store)
 * @param directory the local store's directory ({@code bin/run} puts it in the data directory)
 * @param maxSize the largest file accepted; the request limit for upload paths ({@code portal.web.max-upload-size})
 * is a little larger, so a too large file gets a problem naming the field
 * @param s3 the object store, when {@code store} is {@code s3}
 * @param extraction the bounds of text extraction
 */
@ConfigurationProperties("portal.files")
record FilesProperties(@DefaultValue("local") Store store, Path directory, @DefaultValue("20MB") DataSize maxSize,
		@DefaultValue S3 s3, @DefaultValue Extraction extraction) {

	enum Store {

		LOCAL, S3

	}

	/**
	 * @param bucket the bucket the files go into
	 * @param endpoint the store's address for a non-AWS store (MinIO, Ceph, Garage); empty for AWS itself
	 * @param region the region (AWS) or whatever the store expects
	 * @param pathStyle address buckets as a path ({@code host/bucket/key}), as most self-hosted stores need
	 */
	record S3(String bucket, String endpoint, @DefaultValue("eu-central-1") String region,
			@DefaultValue("true") boolean pathStyle) {
	}

	/**
	 * A hostile or merely huge document must not exhaust the machine: at most this many pages and characters are read,
	 * within this time, on this many threads, with this many waiting.
	 */
	record Extraction(@DefaultValue("300") int maxPages, @DefaultValue("300000") int maxCharacters,
			@DefaultValue("30s") Duration timeout, @DefaultValue("1") int threads, @DefaultValue("50") int queue) {
	}

}
