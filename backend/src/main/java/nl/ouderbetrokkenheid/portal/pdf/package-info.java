/**
 * Print-ready PDFs with OpenPDF: a {@link nl.ouderbetrokkenheid.portal.pdf.PrintDocument} of headings, paragraphs,
 * lists, tables and Markdown, in Liberation Sans embedded from the classpath, so every Unicode character a person
 * typed prints the same on every machine. Features build their documents here (the model's poster, articles); nothing
 * here knows about them.
 */
package nl.ouderbetrokkenheid.portal.pdf;
