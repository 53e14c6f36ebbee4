package nl.ouderbetrokkenheid.esnode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The node's home directory: {@code config/} (log configuration, synonym files) and {@code native/} (the native libraries
 * Elasticsearch loads). Without {@code -Epath.home} it is a temporary directory that is removed when the node stops.
 * Pure Java on purpose: it runs before any Elasticsearch class may be loaded.
 */
final class NodeHome {

	/** Where Debian, Ubuntu and Red Hat family systems put zstd, which Elasticsearch uses for compression. */
	private static final List<Path> ZSTD_CANDIDATES = Stream
		.of("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib")
		.map((dir) -> Path.of(dir, "libzstd.so.1"))
		.toList();

	private final Path home;

	private final boolean temporary;

	private final Optional<Path> zstd;

	private NodeHome(Path home, boolean temporary, Optional<Path> zstd) {
		this.home = home;
		this.temporary = temporary;
		this.zstd = zstd;
	}

	static NodeHome prepare(Optional<String> pathHome) throws IOException {
		Path home = (pathHome.isPresent()) ? Files.createDirectories(Path.of(pathHome.get()))
				: Files.createTempDirectory("elasticsearch-node-");
		Files.createDirectories(home.resolve("config"));
		Path logConfig = home.resolve("config/log4j2.properties");
		if (Files.notExists(logConfig)) {
			try (InputStream in = NodeHome.class.getResourceAsStream("log4j2.properties")) {
				Files.copy(in, logConfig);
			}
		}
		Optional<Path> zstd = linkZstd(Files.createDirectories(home.resolve("native")));
		return new NodeHome(home, pathHome.isEmpty(), zstd);
	}

	/**
	 * The distribution ships libzstd in its own lib directory; here the operating system's copy is linked under the name
	 * Elasticsearch looks for.
	 */
	private static Optional<Path> linkZstd(Path nativeDir) throws IOException {
		Path link = nativeDir.resolve(System.mapLibraryName("zstd"));
		Files.deleteIfExists(link);
		Optional<Path> library = zstdLibrary();
		if (library.isPresent()) {
			Files.createSymbolicLink(link, library.get());
		}
		return library;
	}

	/** {@code -Desnode.libzstd=PATH} picks another copy, {@code -Desnode.libzstd=none} none at all. */
	private static Optional<Path> zstdLibrary() {
		String chosen = System.getProperty("esnode.libzstd");
		if ("none".equals(chosen)) {
			return Optional.empty();
		}
		List<Path> candidates = (chosen != null) ? List.of(Path.of(chosen)) : ZSTD_CANDIDATES;
		return candidates.stream().filter(Files::isReadable).findFirst();
	}

	Path home() {
		return this.home;
	}

	Path config() {
		return this.home.resolve("config");
	}

	Path nativeLibraries() {
		return this.home.resolve("native");
	}

	Optional<Path> zstd() {
		return this.zstd;
	}

	void deleteIfTemporary() {
		if (!this.temporary) {
			return;
		}
		try (Stream<Path> paths = Files.walk(this.home)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
