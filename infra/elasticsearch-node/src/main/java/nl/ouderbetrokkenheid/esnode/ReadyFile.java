package nl.ouderbetrokkenheid.esnode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The file that tells scripts and tests the node is ready. It is written to a temporary name and renamed, so a reader
 * never sees it half written.
 */
record ReadyFile(Path path) {

	void write(String content) throws IOException {
		Files.createDirectories(this.path.toAbsolutePath().getParent());
		Path partial = this.path.resolveSibling(this.path.getFileName() + ".partial");
		Files.writeString(partial, content);
		Files.move(partial, this.path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	void delete() throws IOException {
		Files.deleteIfExists(this.path);
	}

}
