package nl.ouderbetrokkenheid.esnode;

import java.nio.file.Path;

/**
 * The system properties Elasticsearch's own launcher passes as {@code -D} flags. They are set here, before the classes
 * that read them are loaded, so that {@code java -jar} needs no flags for them; a {@code -D} on the command line still
 * wins.
 */
final class JvmProperties {

	private JvmProperties() {
	}

	static void apply(Path nativeLibraries) {
		// The node is closed by our own shutdown hook, which must still be able to log.
		setDefault("log4j.shutdownHookEnabled", "false");
		setDefault("log4j2.disable.jmx", "true");
		setDefault("log4j2.formatMsgNoLookups", "true");
		// Netty settings from Elasticsearch's jvm.options; Elasticsearch does its own buffer pooling.
		setDefault("io.netty.noUnsafe", "true");
		setDefault("io.netty.noKeySetOptimization", "true");
		setDefault("io.netty.recycler.maxCapacityPerThread", "0");
		// Native libraries come from this directory instead of the distribution's lib/platform.
		setDefault("es.nativelibs.path", nativeLibraries.toString());
		// The native vector library ships only with the distribution; Lucene's Java code does the same work.
		setDefault("org.elasticsearch.nativeaccess.enableVectorLibrary", "false");
	}

	private static void setDefault(String key, String value) {
		if (System.getProperty(key) == null) {
			System.setProperty(key, value);
		}
	}

}
