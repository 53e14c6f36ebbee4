package nl.ouderbetrokkenheid.portal.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import nl.ouderbetrokkenheid.portal.pdf.PrintDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bounds that keep a huge or hostile file from exhausting the machine, and the checks by content.
 */
class TextExtractorTests {

	@TempDir
	Path dir;

	@Test
	void readsAtMostTheConfiguredPagesAndCharacters() throws Exception {
		TextExtractor extractor = extractor(2, 100_000, Duration.ofSeconds(30), Clock.systemUTC());
		TextExtractor.Extracted extracted = extractor.read(file("five.pdf", pdf(5)));

		assertThat(extracted.kind()).isEqualTo(FileKind.PDF);
		assertThat(extracted.pages()).isEqualTo(5);
		assertThat(extracted.truncated()).isTrue();
		assertThat(extracted.text()).contains("Pagina 1").contains("Pagina 2").doesNotContain("Pagina 3");

		TextExtractor.Extracted short_ = extractor(300, 40, Duration.ofSeconds(30), Clock.systemUTC())
			.read(file("five.pdf", pdf(5)));
		assertThat(short_.text()).hasSizeLessThanOrEqualTo(40);
		assertThat(short_.truncated()).isTrue();
	}

	@Test
	void stopsAtTheDeadlineKeepingWhatWasRead() throws Exception {
		// A clock an hour further on every reading: the deadline has passed at the first check.
		AtomicLong hours = new AtomicLong();
		Clock racing = new Clock() {
			@Override
			public Instant instant() {
				return Instant.EPOCH.plus(Duration.ofHours(hours.getAndIncrement()));
			}

			@Override
			public ZoneOffset getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}
		};
		TextExtractor.Extracted extracted = extractor(300, 100_000, Duration.ofMinutes(30), racing)
			.read(file("five.pdf", pdf(5)));

		assertThat(extracted.truncated()).isTrue();
		assertThat(extracted.text()).doesNotContain("Pagina 2");
	}

	@Test
	void refusesByContentWhateverTheName() throws Exception {
		TextExtractor extractor = extractor(300, 100_000, Duration.ofSeconds(30), Clock.systemUTC());

		assertThatThrownBy(() -> extractor.read(file("page.pdf", "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(TextExtractor.Refused.class)
			.hasMessageContaining("text/html");
		assertThatThrownBy(() -> extractor.read(file("notes.docx", zip())))
			.isInstanceOfSatisfying(TextExtractor.Refused.class, refused -> assertThat(refused.unreadable).isFalse());
		assertThatThrownBy(() -> extractor.read(file("broken.pdf", "%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII))))
			.isInstanceOfSatisfying(TextExtractor.Refused.class, refused -> assertThat(refused.unreadable).isTrue());
		assertThat(extractor.read(file("photo.pdf", png())).kind()).isEqualTo(FileKind.PNG);
	}

	private static TextExtractor extractor(int maxPages, int maxCharacters, Duration timeout, Clock clock) {
		FilesProperties properties = new FilesProperties(FilesProperties.Store.LOCAL, null, null, null,
				new FilesProperties.Extraction(maxPages, maxCharacters, timeout, 1, 1));
		return new TextExtractor(properties, Schedulers.immediate(), clock);
	}

	private Path file(String name, byte[] content) throws IOException {
		return Files.write(this.dir.resolve(name), content);
	}

	private static byte[] pdf(int pages) {
		PrintDocument document = PrintDocument.start(PrintDocument.Format.A4_PORTRAIT, "Test", null, Locale.ROOT);
		for (int page = 1; page <= pages; page++) {
			document.title("Pagina " + page, 20);
			while (document.remainingHeight() > 60) {
				document.paragraph("Ouders en school werken samen aan het leren van kinderen.");
			}
			document.paragraph("Einde van pagina " + page + ".");
		}
		return document.finish();
	}

	private static byte[] zip() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("geen Word-document".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private static byte[] png() {
		// The PNG signature and an IHDR chunk's start: enough for detection by content.
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0,
				1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };
	}

}
