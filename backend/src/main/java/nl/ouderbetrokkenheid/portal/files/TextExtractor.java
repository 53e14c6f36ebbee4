package nl.ouderbetrokkenheid.portal.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.tika.Tika;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Reads what a file is from its first bytes (Tika's magic detection, never the name a person gave it) and the text of
 * PDFs (PDFBox) and Word documents (POI), within the bounds of {@link FilesProperties.Extraction}: at most so many
 * pages and characters, and a deadline checked on every page and every run of text, so a hostile PDF stops where the
 * bound is and keeps what was read until then. Runs on its own few threads, never a request thread.
 */
@Component
class TextExtractor {

	private static final Logger logger = LoggerFactory.getLogger(TextExtractor.class);

	/** What a file turned out to be, and its text (empty for images). */
	record Extracted(FileKind kind, String text, Integer pages, boolean truncated) {
	}

	/** The file is none of the kinds the portal takes, or not readable as the kind it claims to be. */
	static final class Refused extends Exception {

		final boolean unreadable;

		Refused(String message, boolean unreadable) {
			super(message);
			this.unreadable = unreadable;
		}

	}

	private final Tika tika = new Tika();

	private final FilesProperties.Extraction bounds;

	private final Scheduler scheduler;

	private final Clock clock;

	TextExtractor(FilesProperties properties, @Qualifier("textExtractionScheduler") Scheduler scheduler, Clock clock) {
		this.bounds = properties.extraction();
		this.scheduler = scheduler;
		this.clock = clock;
	}

	/** The file's kind and text; fails with {@link Refused} for a file the portal does not take. */
	Mono<Extracted> extract(Path file) {
		return Mono.fromCallable(() -> read(file)).subscribeOn(this.scheduler);
	}

	Extracted read(Path file) throws Refused {
		FileKind kind = detect(file);
		Instant deadline = this.clock.instant().plus(this.bounds.timeout());
		return switch (kind) {
			case PDF -> pdf(file, deadline);
			case DOCX -> docx(file);
			default -> new Extracted(kind, "", null, false);
		};
	}

	private FileKind detect(Path file) throws Refused {
		String detected;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			detected = this.tika.detect(in);
		}
		catch (IOException ex) {
			throw new Refused("unreadable file", true);
		}
		FileKind kind = FileKind.detected(detected);
		if (kind == null) {
			throw new Refused("files of type " + detected + " are not accepted", false);
		}
		return kind;
	}

	private Extracted pdf(Path file, Instant deadline) throws Refused {
		// Large streams go to a temporary file instead of the heap.
		try (PDDocument document = Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
			BoundedStripper stripper = new BoundedStripper(deadline);
			stripper.setSortByPosition(true);
			stripper.setEndPage(this.bounds.maxPages());
			String text;
			boolean truncated = document.getNumberOfPages() > this.bounds.maxPages();
			try {
				text = stripper.getText(document);
			}
			catch (Bound bound) {
				text = stripper.sofar.toString();
				truncated = true;
				logger.info("Text extraction stopped at a bound ({}) after {} characters", bound.getMessage(),
						text.length());
			}
			return new Extracted(FileKind.PDF, limit(text), document.getNumberOfPages(), truncated);
		}
		catch (IOException ex) {
			throw new Refused("not a readable PDF: " + ex.getMessage(), true);
		}
	}

	private Extracted docx(Path file) throws Refused {
		// POI's own guards against ZIP bombs (inflation ratio, entry size) apply while it opens the package.
		try (OPCPackage container = OPCPackage.open(file.toFile(), PackageAccess.READ);
				XWPFDocument document = new XWPFDocument(container);
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			return new Extracted(FileKind.DOCX, limit(text), null, text.length() > this.bounds.maxCharacters());
		}
		catch (Exception ex) {
			// A ZIP that is no Word document, or a broken one: refused by its content, whatever its name said.
			throw new Refused("not a Word (.docx) document", false);
		}
	}

	private String limit(String text) {
		String clean = text.replace('\u0000', ' ').strip();
		return (clean.length() > this.bounds.maxCharacters()) ? clean.substring(0, this.bounds.maxCharacters()) : clean;
	}

	/** Stops the stripper at a bound; unchecked, so it passes through PDFBox's loops. */
	private static final class Bound extends RuntimeException {

		Bound(String message) {
			super(message, null, false, false);
		}

	}

	private final class BoundedStripper extends PDFTextStripper {

		private final Instant deadline;

		private final StringBuilder sofar = new StringBuilder();

		BoundedStripper(Instant deadline) {
			this.deadline = deadline;
		}

		@Override
		protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
			check();
			super.startPage(page);
		}

		@Override
		protected void writeString(String text, java.util.List<TextPosition> positions) throws IOException {
			check();
			this.sofar.append(text).append(' ');
			super.writeString(text, positions);
		}

		private void check() {
			if (TextExtractor.this.clock.instant().isAfter(this.deadline)) {
				throw new Bound("timeout");
			}
			if (this.sofar.length() > TextExtractor.this.bounds.maxCharacters()) {
				throw new Bound("characters");
			}
		}

	}

}
