package nl.ouderbetrokkenheid.portal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A PDF as a reader sees it, for tests: read back with PDFBox, a library independent of the one that wrote it, so a
 * test also shows that other readers can open what the portal writes. {@link #all()} is the text in reading order,
 * line by line across the page (OpenPDF writes list markers and kept-together headings out of order);
 * {@link #written()} is the text in the order it was written, which keeps each table cell's lines together.
 */
public final class PdfText {

	private final int pages;

	private final PDRectangle[] sizes;

	private final String title;

	private final String all;

	private final String written;

	private PdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			this.pages = document.getNumberOfPages();
			this.sizes = new PDRectangle[this.pages];
			for (int page = 0; page < this.pages; page++) {
				PDRectangle box = document.getPage(page).getMediaBox();
				int rotation = document.getPage(page).getRotation();
				this.sizes[page] = (rotation % 180 == 0) ? box : new PDRectangle(box.getHeight(), box.getWidth());
			}
			this.title = document.getDocumentInformation().getTitle();
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void processTextPosition(TextPosition text) {
					// OpenPDF spaces paragraphs apart with a blank glyph at the start of the line, which sorting
					// would put between a line's first letters; word spaces come from the gaps between glyphs.
					if (!text.getUnicode().isBlank()) {
						super.processTextPosition(text);
					}
				}
			};
			this.written = stripper.getText(document);
			stripper.setSortByPosition(true);
			this.all = stripper.getText(document);
		}
	}

	/** Sends the request and expects a PDF back: 200, {@code application/pdf}, and a body that starts as one. */
	public static EntityExchangeResult<byte[]> download(WebTestClient.RequestHeadersSpec<?> request) {
		EntityExchangeResult<byte[]> result = request.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectBody(byte[].class)
			.returnResult();
		assertThat(new String(result.getResponseBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		return result;
	}

	public static PdfText of(byte[] pdf) {
		try {
			return new PdfText(pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int pages() {
		return this.pages;
	}

	/** Points, as the page is seen (turned by its rotation); A3 landscape is 1190.55 x 841.89. */
	public float pageWidth(int page) {
		return this.sizes[page - 1].getWidth();
	}

	public float pageHeight(int page) {
		return this.sizes[page - 1].getHeight();
	}

	/** Every page's text, with runs of white space (line breaks within a paragraph or a cell) as single spaces. */
	public String all() {
		return this.all.replaceAll("\\s+", " ");
	}

	/** The text in the order it was written, white space as in {@link #all()}: a table's cells one after another. */
	public String written() {
		return this.written.replaceAll("\\s+", " ");
	}

	public String title() {
		return this.title;
	}

}
