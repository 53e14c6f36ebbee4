package nl.ouderbetrokkenheid.esnode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The node's home directory: {@code config/} (log configuration, word lists, synonym files) and {@code native/} (the
 * native libraries Elasticsearch loads). Without {@code -Epath.home} it is a temporary directory that is removed when the
 * node stops. Pure Java on purpose: it runs before any Elasticsearch class may be loaded.
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
		copyBundledConfig(home.resolve("config"));
		Optional<Path> zstd = linkZstd(Files.createDirectories(home.resolve("native")));
		return new NodeHome(home, pathHome.isEmpty(), zstd);
	}

	/**
	 * Copies the files the jar carries under {@code config/} (the project's word lists, {@code infra/analysis/*.txt}, as
	 * {@code config/analysis/}) into the config directory, where analysis settings like {@code word_list_path} look.
	 */
	private static void copyBundledConfig(Path config) throws IOException {
		URL bundled = NodeHome.class.getResource("config");
		if (bundled == null) {
			return;
		}
		URI uri;
		try {
			uri = bundled.toURI();
		}
		catch (URISyntaxException ex) {
			throw new IOException("Cannot read the bundled config files at " + bundled, ex);
		}
		if ("jar".equals(uri.getScheme())) {
			try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
				copyTree(jar.provider().getPath(uri), config);
			}
		}
		else {
			copyTree(Path.of(uri), config);
		}
	}

	/**
	 * Copies every file of {@code source} to the same place under {@code target}, replacing a file whose content differs
	 * (an updated list arrives with the next start) and leaving alone files that only exist in {@code target}.
	 * @return the files written
	 */
	static List<Path> copyTree(Path source, Path target) throws IOException {
		List<Path> written = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> paths = Files.walk(source)) {
			files = paths.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path file : files) {
			Path destination = target;
			for (Path part : source.relativize(file)) {
				destination = destination.resolve(part.toString());
			}
			byte[] content = Files.readAllBytes(file);
			if (Files.isRegularFile(destination) && Arrays.equals(content, Files.readAllBytes(destination))) {
				continue;
			}
			Files.createDirectories(destination.getParent());
			// Written beside and renamed, so a node re-reading the list (an analyzer reload) never sees half of it.
			Path temporary = destination.resolveSibling("." + destination.getFileName() + ".tmp");
			try {
				Files.write(temporary, content);
				Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
			written.add(destination);
		}
		return written;
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
