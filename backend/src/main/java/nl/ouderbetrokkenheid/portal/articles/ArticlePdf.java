package nl.ouderbetrokkenheid.portal.articles;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import nl.ouderbetrokkenheid.portal.pdf.PrintDocument;
import nl.ouderbetrokkenheid.portal.pdf.PrintLanguage;
import nl.ouderbetrokkenheid.portal.system.MarkdownRenderer;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowState;

import org.springframework.stereotype.Component;

/**
 * An article as a PDF to print or keep: title, summary, author and date, topics, the body (from the same Markdown
 * parse as the web page) and the references. The labels around the text are in the reader's language; the article
 * is in the language it was written in.
 */
@Component
class ArticlePdf {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final MarkdownRenderer markdown;

	private final Taxonomy taxonomy;

	ArticlePdf(MarkdownRenderer markdown, Taxonomy taxonomy) {
		this.markdown = markdown;
		this.taxonomy = taxonomy;
	}

	byte[] print(ArticleDocument article, PrintLanguage language) {
		boolean english = language.english();
		PrintDocument pdf = PrintDocument.start(PrintDocument.Format.A4_PORTRAIT, article.getTitle(),
				article.getAuthorName(), language.locale());
		pdf.title(article.getTitle(), 22);
		if (article.getSummary() != null && !article.getSummary().isBlank()) {
			pdf.lead(article.getSummary(), 13);
		}
		pdf.note(byline(article, language));
		List<String> topics = new ArrayList<>();
		topics.addAll(labels(Taxonomy.Kind.PARTNERSHIP, article.getPartnerships(), language));
		topics.addAll(labels(Taxonomy.Kind.ASPECT, article.getAspects(), language));
		topics.addAll(labels(Taxonomy.Kind.SECTOR, article.getSectors(), language));
		if (!topics.isEmpty()) {
			pdf.note(String.join(" · ", topics));
		}
		pdf.markdown(this.markdown.parse(article.getBody()));
		if (!article.getReferences().isEmpty()) {
			pdf.heading(2, english ? "References" : "Bronnen");
			pdf.bullets(article.getReferences()
				.stream()
				.map(reference -> reference.getTitle() + " – " + reference.getUrl())
				.toList());
		}
		pdf.note("Kennisportaal Ouderbetrokkenheid" + (article.isDemo()
				? (english ? " · Demo: fictional sample content" : " · Demo: fictieve voorbeeldinhoud") : ""));
		return pdf.finish();
	}

	private static String byline(ArticleDocument article, PrintLanguage language) {
		boolean english = language.english();
		String by = (english ? "By " : "Door ") + article.getAuthorName();
		if (article.getState() != WorkflowState.PUBLISHED || article.getPublishedAt() == null) {
			return by + (english ? " · not published" : " · niet gepubliceerd");
		}
		String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(language.locale())
			.format(article.getPublishedAt().atZone(AMSTERDAM));
		return by + (english ? " · published " : " · gepubliceerd op ") + date;
	}

	private List<String> labels(Taxonomy.Kind kind, List<String> codes, PrintLanguage language) {
		return this.taxonomy.terms(kind)
			.stream()
			.filter(term -> codes.contains(term.code()))
			.map(term -> term.label(language.locale()))
			.toList();
	}

}
