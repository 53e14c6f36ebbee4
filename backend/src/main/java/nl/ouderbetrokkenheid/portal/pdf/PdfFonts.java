package nl.ouderbetrokkenheid.portal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.openpdf.text.pdf.BaseFont;

/**
 * The portal's typefaces, read once from the {@code openpdf-fonts-extra} jar. Embedded with Identity-H encoding
 * (subsets of the glyphs used), so text outside WinAnsi, such as Turkish, Polish or Arabic names, prints as written
 * instead of as question marks; a BaseFont is shared by all documents, each writer keeps its own subset.
 */
final class PdfFonts {

	static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");

	static final BaseFont BOLD = load("LiberationSans-Bold.ttf");

	static final BaseFont ITALIC = load("LiberationSans-Italic.ttf");

	static final BaseFont BOLD_ITALIC = load("LiberationSans-BoldItalic.ttf");

	static final BaseFont MONO = load("LiberationMono-Regular.ttf");

	private PdfFonts() {
	}

	static BaseFont of(boolean bold, boolean italic) {
		if (bold) {
			return italic ? BOLD_ITALIC : BOLD;
		}
		return italic ? ITALIC : REGULAR;
	}

	private static BaseFont load(String file) {
		try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + file)) {
			if (in == null) {
				throw new IllegalStateException("font " + file + " is not on the classpath (openpdf-fonts-extra)");
			}
			return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
