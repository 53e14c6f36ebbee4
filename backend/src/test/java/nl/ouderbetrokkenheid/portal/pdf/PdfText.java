package nl.ouderbetrokkenheid.portal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** A PDF read back with the library's own parser, for tests: its pages, their size and their text. */
public final class PdfText {

	private final PdfReader reader;

	private final String all;

	private PdfText(byte[] pdf) throws IOException {
		this.reader = new PdfReader(pdf);
		PdfTextExtractor extractor = new PdfTextExtractor(this.reader);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= this.reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		this.all = text.toString();
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
		return this.reader.getNumberOfPages();
	}

	/** Points; A3 landscape is 1190.55 wide. */
	public float pageWidth(int page) {
		Rectangle size = this.reader.getPageSizeWithRotation(page);
		return size.getWidth();
	}

	public float pageHeight(int page) {
		return this.reader.getPageSizeWithRotation(page).getHeight();
	}

	/** Every page's text, with runs of white space (line breaks within a paragraph) as single spaces. */
	public String all() {
		return this.all.replaceAll("\\s+", " ");
	}

	public String title() {
		return this.reader.getInfo().get("Title");
	}

}
