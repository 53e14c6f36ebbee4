package nl.ouderbetrokkenheid.esnode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class NodeHomeTests {

	@TempDir
	Path dir;

	@Test
	void bundledFilesArriveUnderTheSamePathsInTheConfigDirectory() throws IOException {
		Path bundled = write(this.dir.resolve("bundled/analysis/parts.txt"), "huis\nbezoek\n");
		Path config = this.dir.resolve("config");

		assertThat(NodeHome.copyTree(this.dir.resolve("bundled"), config))
			.containsExactly(config.resolve("analysis/parts.txt"));
		assertThat(config.resolve("analysis/parts.txt")).hasSameBinaryContentAs(bundled);
	}

	@Test
	void aChangedListReplacesTheOldOneAndAnUnchangedOneIsLeftAlone() throws IOException {
		write(this.dir.resolve("bundled/analysis/parts.txt"), "huis\nbezoek\n");
		write(this.dir.resolve("bundled/analysis/other.txt"), "ouder\n");
		Path config = this.dir.resolve("config");
		write(config.resolve("analysis/parts.txt"), "huis\n");
		write(config.resolve("analysis/other.txt"), "ouder\n");

		assertThat(NodeHome.copyTree(this.dir.resolve("bundled"), config))
			.containsExactly(config.resolve("analysis/parts.txt"));
		assertThat(config.resolve("analysis/parts.txt")).hasContent("huis\nbezoek\n");
		assertThat(config.resolve("analysis")).isDirectoryNotContaining("glob:**.tmp");
	}

	@Test
	void filesOnlyTheConfigDirectoryHasAreKept() throws IOException {
		write(this.dir.resolve("bundled/analysis/parts.txt"), "huis\n");
		Path own = write(this.dir.resolve("config/analysis/own.txt"), "school\n");

		NodeHome.copyTree(this.dir.resolve("bundled"), this.dir.resolve("config"));

		assertThat(own).hasContent("school\n");
	}

	private static Path write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}

}
