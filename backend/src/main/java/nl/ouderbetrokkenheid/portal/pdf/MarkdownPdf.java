package nl.ouderbetrokkenheid.portal.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.ListItem;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.draw.LineSeparator;

/**
 * Walks a parsed Markdown document into PDF elements: the same parse as the HTML the portal shows, so a text reads
 * alike on screen and on paper. Raw HTML prints as the text it is (the HTML rendering escapes it too); links are
 * clickable only for http, https and mailto, as in the sanitised HTML.
 */
final class MarkdownPdf {

	private static final Pattern SAFE_LINK = Pattern.compile("^(https?|mailto):.*", Pattern.CASE_INSENSITIVE);

	private static final float SIZE = PrintDocument.BODY_SIZE;

	private static final float LEADING = SIZE * 1.45f;

	private static final float INDENT = SIZE * 1.6f;

	/** Bold and italic in force while walking the inline nodes. */
	private record Style(boolean bold, boolean italic, boolean link) {

		Font font() {
			return PrintDocument.font(this.bold, this.italic, SIZE, this.link ? PrintDocument.LINK : PrintDocument.INK);
		}

	}

	private final PrintDocument document;

	private int topLevel = 1;

	MarkdownPdf(PrintDocument document) {
		this.document = document;
	}

	void render(Node markdown) {
		// The author's highest heading becomes level 1, whichever level they began with (as on the web page).
		this.topLevel = highestHeading(markdown, 6);
		for (Element block : blocks(markdown, 0)) {
			this.document.add(block);
		}
	}

	private List<Element> blocks(Node parent, float indent) {
		List<Element> blocks = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
			Element block = block(node, indent);
			if (block != null) {
				blocks.add(block);
			}
			else if (node instanceof BlockQuote) {
				blocks.addAll(blocks(node, indent + INDENT));
			}
		}
		return blocks;
	}

	private Element block(Node node, float indent) {
		return switch (node) {
			case Heading heading -> {
				org.openpdf.text.Paragraph paragraph = PrintDocument
					.headingParagraph(heading.getLevel() - this.topLevel + 1);
				inline(heading, new Style(true, false, false), paragraph,
						PrintDocument.headingSize(heading.getLevel() - this.topLevel + 1));
				paragraph.setIndentationLeft(indent);
				yield paragraph;
			}
			case Paragraph text -> {
				org.openpdf.text.Paragraph paragraph = PrintDocument.block(LEADING);
				inline(text, new Style(false, indent > 0, false), paragraph, SIZE);
				paragraph.setSpacingAfter(LEADING * 0.4f);
				paragraph.setIndentationLeft(indent);
				yield paragraph;
			}
			case ListBlock list -> list(list, indent);
			case FencedCodeBlock code -> code(code.getLiteral(), indent);
			case IndentedCodeBlock code -> code(code.getLiteral(), indent);
			case HtmlBlock html -> code(html.getLiteral(), indent);
			case ThematicBreak ignored -> {
				org.openpdf.text.Paragraph line = PrintDocument.block(LEADING);
				line.add(new Chunk(new LineSeparator(0.5f, 100, PrintDocument.MUTED, Element.ALIGN_CENTER, -2)));
				yield line;
			}
			case TableBlock table -> table(table);
			default -> null;
		};
	}

	private org.openpdf.text.List list(ListBlock block, float indent) {
		boolean ordered = block instanceof OrderedList;
		org.openpdf.text.List list = new org.openpdf.text.List(ordered, INDENT);
		list.setIndentationLeft(indent);
		if (block instanceof OrderedList numbered && numbered.getMarkerStartNumber() != null) {
			list.setFirst(numbered.getMarkerStartNumber());
		}
		// Numbered lists take their numbers' font from the symbol too.
		list.setListSymbol(PrintDocument.chunk((block instanceof BulletList) ? "•" : "", PrintDocument.font(false, false, SIZE)));
		for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
			ListItem listItem = new ListItem(LEADING);
			listItem.setSpacingAfter(LEADING * 0.15f);
			List<org.openpdf.text.List> nested = new ArrayList<>();
			boolean first = true;
			for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof ListBlock sublist) {
					nested.add(list(sublist, 0));
					continue;
				}
				if (!first) {
					listItem.add(PrintDocument.newline(SIZE));
				}
				if (child instanceof Paragraph || child instanceof Heading) {
					inline(child, new Style(false, false, false), listItem, SIZE);
				}
				else {
					listItem.add(PrintDocument.chunk(literal(child), PrintDocument.mono(SIZE * 0.9f)));
				}
				first = false;
			}
			list.add(listItem);
			nested.forEach(list::add);
		}
		return list;
	}

	private static org.openpdf.text.Paragraph code(String literal, float indent) {
		org.openpdf.text.Paragraph code = PrintDocument.block(SIZE * 1.3f);
		code.add(PrintDocument.chunk(literal.stripTrailing(), PrintDocument.mono(SIZE * 0.9f)));
		code.setIndentationLeft(indent + INDENT / 2);
		code.setSpacingAfter(LEADING * 0.4f);
		return code;
	}

	private Element table(TableBlock block) {
		List<TableRow> rows = new ArrayList<>();
		collectRows(block, rows);
		int columns = rows.stream().mapToInt(row -> count(row)).max().orElse(1);
		float[] widths = new float[columns];
		java.util.Arrays.fill(widths, 1);
		PrintTable table = PrintTable.columns(widths).fontSize(SIZE * 0.95f);
		for (TableRow row : rows) {
			PrintTable.Cell[] cells = new PrintTable.Cell[columns];
			boolean header = false;
			int column = 0;
			for (Node cell = row.getFirstChild(); cell != null && column < columns; cell = cell.getNext(), column++) {
				header = ((TableCell) cell).isHeader();
				cells[column] = header ? PrintTable.Cell.heading(text(cell)) : PrintTable.Cell.text(text(cell));
			}
			for (; column < columns; column++) {
				cells[column] = PrintTable.Cell.text("");
			}
			if (header) {
				table.header(cells);
			}
			else {
				table.row(cells);
			}
		}
		return this.document.tableElement(table);
	}

	private static void collectRows(Node node, List<TableRow> rows) {
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof TableRow row) {
				rows.add(row);
			}
			else {
				collectRows(child, rows);
			}
		}
	}

	private static int count(Node row) {
		int cells = 0;
		for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
			cells++;
		}
		return cells;
	}

	/** The inline nodes under a block, as chunks of the right style, added to a paragraph or list item. */
	private void inline(Node parent, Style style, Phrase into, float size) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
			switch (node) {
				case Text text -> into.add(chunk(text.getLiteral(), style, size));
				case Code code -> into.add(PrintDocument.chunk(code.getLiteral(), PrintDocument.mono(size * 0.92f)));
				case Emphasis emphasis -> inline(emphasis, new Style(style.bold(), true, style.link()), into, size);
				case StrongEmphasis strong -> inline(strong, new Style(true, style.italic(), style.link()), into, size);
				case Link link -> {
					boolean safe = link.getDestination() != null && SAFE_LINK.matcher(link.getDestination()).matches();
					Phrase label = new Phrase();
					inline(link, new Style(style.bold(), style.italic(), safe), label, size);
					for (Element element : label) {
						if (safe && element instanceof Chunk chunk) {
							chunk.setAnchor(link.getDestination());
						}
						into.add(element);
					}
				}
				case Image image -> into.add(chunk("[" + text(image) + "]", style, size));
				case SoftLineBreak ignored -> into.add(chunk(" ", style, size));
				case HardLineBreak ignored -> into.add(PrintDocument.newline(size));
				case HtmlInline html -> into.add(chunk(html.getLiteral(), style, size));
				default -> inline(node, style, into, size);
			}
		}
	}

	private static Chunk chunk(String text, Style style, float size) {
		Font font = style.font();
		font.setSize(size);
		return PrintDocument.chunk(text, font);
	}

	/** The plain text under a node: its text, code and line breaks. */
	private static String text(Node node) {
		StringBuilder text = new StringBuilder();
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			switch (child) {
				case Text plain -> text.append(plain.getLiteral());
				case Code code -> text.append(code.getLiteral());
				case HtmlInline html -> text.append(html.getLiteral());
				case SoftLineBreak ignored -> text.append(' ');
				case HardLineBreak ignored -> text.append('\n');
				default -> text.append(text(child));
			}
		}
		return text.toString();
	}

	private static String literal(Node node) {
		return switch (node) {
			case FencedCodeBlock code -> code.getLiteral();
			case IndentedCodeBlock code -> code.getLiteral();
			case HtmlBlock html -> html.getLiteral();
			default -> text(node);
		};
	}

	private static int highestHeading(Node node, int highest) {
		int found = highest;
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Heading heading) {
				found = Math.min(found, heading.getLevel());
			}
			else if (child.getFirstChild() != null) {
				found = highestHeading(child, found);
			}
		}
		return found;
	}

}
