package nl.ouderbetrokkenheid.portal.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.Locale;

import org.commonmark.node.Node;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A PDF being written, top to bottom: a title, headings, paragraphs, lists, tables and Markdown, flowing onto new
 * pages as needed. Written in memory (the documents are a few pages), then {@link #finish() finished} once.
 * <p>
 * Not thread-safe; one per document. Writing is plain CPU work: callers run it off the event loop.
 */
public final class PrintDocument {

	/** Page formats, with their margins. */
	public enum Format {

		A4_PORTRAIT(PageSize.A4, 56),
		/** A landscape page box, not a portrait one turned by /Rotate: print shops and readers see it alike. */
		A3_LANDSCAPE(new Rectangle(PageSize.A3.getHeight(), PageSize.A3.getWidth()), 36);

		private final Rectangle size;

		private final float margin;

		Format(Rectangle size, float margin) {
			this.size = size;
			this.margin = margin;
		}

	}

	static final Color INK = new Color(0x1B, 0x26, 0x33);

	static final Color MUTED = new Color(0x4A, 0x55, 0x63);

	static final Color LINK = new Color(0x0B, 0x4F, 0x8A);

	static final float BODY_SIZE = 10.5f;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final Document document;

	private final PdfWriter writer;

	private boolean empty = true;

	private PrintDocument(Format format, String title, String author, Locale language) {
		this.document = new Document(format.size, format.margin, format.margin, format.margin, format.margin);
		this.writer = PdfWriter.getInstance(this.document, this.out);
		// The language lets screen readers and hyphenation in viewers read the text as Dutch or English.
		this.writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.toLanguageTag()));
		this.document.addTitle(title);
		if (author != null) {
			this.document.addAuthor(author);
		}
		this.document.addCreator("Kennisportaal Ouderbetrokkenheid");
		this.document.open();
	}

	/**
	 * A new document; its title and author go into the PDF's properties (a viewer's window title), not onto the page.
	 */
	public static PrintDocument start(Format format, String title, String author, Locale language) {
		return new PrintDocument(format, title, author, language);
	}

	/** The document's title on the page, large and bold. */
	public PrintDocument title(String text, float size) {
		Paragraph title = paragraph(text, font(true, false, size), size * 1.2f);
		title.setSpacingAfter(size * 0.3f);
		return add(title);
	}

	/** A heading; level 1 is the largest below the title. */
	public PrintDocument heading(int level, String text) {
		return add(headingParagraph(level, chunk(text, font(true, false, headingSize(level)))));
	}

	public PrintDocument paragraph(String text) {
		return add(paragraph(text, font(false, false, BODY_SIZE), BODY_SIZE * 1.45f));
	}

	/** A paragraph in a larger, quieter type: an introduction or a summary under the title. */
	public PrintDocument lead(String text, float size) {
		Paragraph lead = paragraph(text, font(false, false, size, MUTED), size * 1.4f);
		lead.setSpacingAfter(size * 0.5f);
		return add(lead);
	}

	/** Small print: a source, a date, a footnote. */
	public PrintDocument note(String text) {
		return add(paragraph(text, font(false, true, BODY_SIZE * 0.85f, MUTED), BODY_SIZE * 1.2f));
	}

	public PrintDocument bullets(Collection<String> items) {
		org.openpdf.text.List list = new org.openpdf.text.List(false, BODY_SIZE * 1.4f);
		list.setListSymbol(chunk("•", font(false, false, BODY_SIZE)));
		for (String item : items) {
			list.add(new ListItem(BODY_SIZE * 1.45f, chunk(item, font(false, false, BODY_SIZE))));
		}
		return add(list);
	}

	public PrintDocument table(PrintTable table) {
		return add(table.build(width(), 0));
	}

	/**
	 * A table whose rows share the height left on the page, less {@code reserve} points kept free below it (for a
	 * footnote): a poster's grid.
	 */
	public PrintDocument tableFillingPage(PrintTable table, float reserve) {
		return add(table.build(width(), remainingHeight() - reserve));
	}

	Element tableElement(PrintTable table) {
		return table.build(width(), 0);
	}

	private float width() {
		return this.document.right() - this.document.left();
	}

	/** A Markdown document (from {@code MarkdownRenderer.parse}): its headings, paragraphs, lists, quotes and tables. */
	public PrintDocument markdown(Node markdown) {
		new MarkdownPdf(this).render(markdown);
		return this;
	}

	/** The height left on the current page, in points: for a layout that fills a page, such as a poster. */
	public float remainingHeight() {
		return this.writer.getVerticalPosition(true) - this.document.bottom();
	}

	/** Closes the document and gives its bytes; nothing can be added afterwards. */
	public byte[] finish() {
		if (this.empty) {
			// OpenPDF refuses to close a document without pages.
			add(paragraph(" ", font(false, false, BODY_SIZE), BODY_SIZE));
		}
		this.document.close();
		return this.out.toByteArray();
	}

	PrintDocument add(Element element) {
		this.document.add(element);
		this.empty = false;
		return this;
	}

	static Paragraph headingParagraph(int level, Chunk... chunks) {
		float size = headingSize(level);
		Paragraph heading = block(size * 1.25f);
		for (Chunk chunk : chunks) {
			heading.add(chunk);
		}
		heading.setSpacingBefore(size * 0.8f);
		heading.setSpacingAfter(size * 0.25f);
		heading.setKeepTogether(true);
		return heading;
	}

	static float headingSize(int level) {
		return switch (Math.max(1, level)) {
			case 1 -> 17;
			case 2 -> 14;
			case 3 -> 12.5f;
			default -> 11.5f;
		};
	}

	/** A line break in the portal's font: OpenPDF's own {@code Chunk.NEWLINE} would add an unembedded Helvetica. */
	static Chunk newline(float size) {
		return chunk("\n", font(false, false, size));
	}

	/**
	 * An empty paragraph in the portal's font: OpenPDF ends every paragraph in the paragraph's own font, which would
	 * otherwise be an unembedded Helvetica.
	 */
	static Paragraph block(float leading) {
		Paragraph paragraph = new Paragraph(leading);
		paragraph.setFont(font(false, false, BODY_SIZE));
		return paragraph;
	}

	static Paragraph paragraph(String text, Font font, float leading) {
		Paragraph paragraph = block(leading);
		paragraph.add(chunk(text, font));
		paragraph.setSpacingAfter(leading * 0.4f);
		return paragraph;
	}

	static Chunk chunk(String text, Font font) {
		return new Chunk((text != null) ? text : "", font);
	}

	static Font font(boolean bold, boolean italic, float size) {
		return font(bold, italic, size, INK);
	}

	static Font font(boolean bold, boolean italic, float size, Color color) {
		return new Font(PdfFonts.of(bold, italic), size, Font.NORMAL, color);
	}

	static Font mono(float size) {
		return new Font(PdfFonts.MONO, size, Font.NORMAL, INK);
	}

}
