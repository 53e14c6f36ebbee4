package nl.ouderbetrokkenheid.portal.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * A table for a {@link PrintDocument}: relative column widths, header rows repeated on every page, and cells of a
 * bold heading and/or text on an optional background (the model's grid, a results table, a heat map).
 */
public final class PrintTable {

	/** A shade for header cells. */
	public static final Color HEADER = new Color(0xE6, 0xEE, 0xF5);

	/**
	 * One cell: a heading in bold above the text; either may be null.
	 */
	public record Cell(String heading, String text, Color background) {

		public static Cell text(String text) {
			return new Cell(null, text, null);
		}

		public static Cell heading(String heading) {
			return new Cell(heading, null, null);
		}

		public static Cell headed(String heading, String text) {
			return new Cell(heading, text, null);
		}

		public Cell on(Color background) {
			return new Cell(this.heading, this.text, background);
		}

	}

	private final float[] widths;

	private final List<Cell[]> header = new ArrayList<>();

	private final List<Cell[]> rows = new ArrayList<>();

	private float fontSize = 10;

	private float rowHeight;

	private PrintTable(float[] widths) {
		this.widths = widths.clone();
	}

	/** A table with as many columns as widths, each as wide relative to the others as its number says. */
	public static PrintTable columns(float... relativeWidths) {
		if (relativeWidths.length == 0) {
			throw new IllegalArgumentException("a table needs at least one column");
		}
		return new PrintTable(relativeWidths);
	}

	/** A header row, repeated at the top of every page the table runs onto; shaded unless a cell says otherwise. */
	public PrintTable header(Cell... cells) {
		this.header.add(checked(cells));
		return this;
	}

	public PrintTable row(Cell... cells) {
		this.rows.add(checked(cells));
		return this;
	}

	public PrintTable fontSize(float points) {
		this.fontSize = points;
		return this;
	}

	/** The least height of every body row. */
	public PrintTable rowHeight(float points) {
		this.rowHeight = points;
		return this;
	}

	/**
	 * The table across the page's width; with {@code fillHeight} above zero, its body rows share that height (less
	 * the header's) equally, so the table fills a page, as a poster does.
	 */
	PdfPTable build(float width, float fillHeight) {
		PdfPTable table = new PdfPTable(this.widths);
		table.setTotalWidth(width);
		table.setLockedWidth(true);
		table.setHeaderRows(this.header.size());
		table.setSpacingBefore(this.fontSize * 0.6f);
		table.setSpacingAfter(this.fontSize * 0.6f);
		for (Cell[] row : this.header) {
			for (Cell cell : row) {
				table.addCell(cell(cell, HEADER, 0));
			}
		}
		float rowHeight = this.rowHeight;
		if (fillHeight > 0 && !this.rows.isEmpty()) {
			float headerHeight = 0;
			for (int row = 0; row < this.header.size(); row++) {
				headerHeight += table.getRowHeight(row);
			}
			float spacing = this.fontSize * 1.2f;
			rowHeight = Math.max(rowHeight, (fillHeight - headerHeight - spacing) / this.rows.size());
		}
		for (Cell[] row : this.rows) {
			for (Cell cell : row) {
				table.addCell(cell(cell, null, rowHeight));
			}
		}
		return table;
	}

	private PdfPCell cell(Cell cell, Color shade, float minimumHeight) {
		Phrase phrase = new Phrase();
		phrase.setLeading(this.fontSize * 1.25f);
		if (cell.heading() != null) {
			phrase.add(PrintDocument.chunk(cell.heading(), PrintDocument.font(true, false, this.fontSize * 1.1f)));
			if (cell.text() != null) {
				phrase.add(PrintDocument.newline(this.fontSize));
			}
		}
		if (cell.text() != null) {
			phrase.add(PrintDocument.chunk(cell.text(), PrintDocument.font(false, false, this.fontSize)));
		}
		PdfPCell pdfCell = new PdfPCell(phrase);
		pdfCell.setPadding(this.fontSize * 0.6f);
		pdfCell.setPaddingTop(this.fontSize * 0.4f);
		pdfCell.setUseAscender(true);
		pdfCell.setLeading(0, 1.25f);
		pdfCell.setVerticalAlignment(Element.ALIGN_TOP);
		pdfCell.setBorderColor(new Color(0x9A, 0xA5, 0xB1));
		pdfCell.setBorderWidth(0.6f);
		Color background = (cell.background() != null) ? cell.background() : shade;
		if (background != null) {
			pdfCell.setBackgroundColor(background);
		}
		if (minimumHeight > 0) {
			pdfCell.setMinimumHeight(minimumHeight);
		}
		return pdfCell;
	}

	private Cell[] checked(Cell[] cells) {
		if (cells.length != this.widths.length) {
			throw new IllegalArgumentException(
					"a row of " + cells.length + " cells in a table of " + this.widths.length + " columns");
		}
		return Arrays.copyOf(cells, cells.length);
	}

}
