package nl.ouderbetrokkenheid.portal.files;

import java.nio.file.Path;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

@Configuration(proxyBeanMethods = false)
class BlobStoreConfiguration {

	/** The object store when configured, else the directory (by default one under the system's temporary files). */
	@Bean
	BlobStore blobStore(FilesProperties properties) {
		if (properties.store() == FilesProperties.Store.S3) {
			return new S3BlobStore(properties.s3());
		}
		Path directory = (properties.directory() != null) ? properties.directory()
				: Path.of(System.getProperty("java.io.tmpdir"), "kennisportaal-files");
		return new LocalBlobStore(directory);
	}

	/**
	 * Text extraction's own threads: few (one by default, on two cores), with a bounded queue, so extracting never
	 * takes the request threads or more than its share of the processors.
	 */
	@Bean(destroyMethod = "dispose")
	Scheduler textExtractionScheduler(FilesProperties properties) {
		return Schedulers.newBoundedElastic(properties.extraction().threads(), properties.extraction().queue(),
				"file-text");
	}

}
