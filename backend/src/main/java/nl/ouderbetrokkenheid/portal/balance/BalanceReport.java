package nl.ouderbetrokkenheid.portal.balance;

import java.awt.Color;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.ouderbetrokkenheid.portal.pdf.PrintDocument;
import nl.ouderbetrokkenheid.portal.pdf.PrintLanguage;
import nl.ouderbetrokkenheid.portal.pdf.PrintTable;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;

import org.springframework.stereotype.Component;

/**
 * A scan's results as a PDF for the team meeting: the 5x6 grid as a heat map (each cell's score written in it, so
 * nothing depends on colour), the balance per partnership and per aspect, the weakest cells in words, where
 * colleagues disagree most, the action plan and the recommended items. Labels in the reader's language; the answers'
 * notes are not printed (they are the colleagues' own).
 */
@Component
class BalanceReport {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	/** Score 1 (not yet) to 4 (secured): from a warm to a cool tint, light enough for black text. */
	private static final Color[] TINTS = { new Color(0xF8, 0xD7, 0xCF), new Color(0xFB, 0xE8, 0xC4),
			new Color(0xE3, 0xF0, 0xC8), new Color(0xC9, 0xE7, 0xD3) };

	private final Taxonomy taxonomy;

	BalanceReport(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	/** What the report is of: a person's scan or a team's round, with its actions (none for a personal scan). */
	record Subject(String title, String subtitle, BalanceApi.Results results, List<BalanceApi.ActionView> actions) {
	}

	byte[] print(Subject subject, PrintLanguage language) {
		Locale locale = language.locale();
		boolean english = language.english();
		PrintDocument pdf = PrintDocument.start(PrintDocument.Format.A4_PORTRAIT, subject.title(),
				"Kennisportaal Ouderbetrokkenheid", locale);
		pdf.title(subject.title(), 20);
		pdf.note(subject.subtitle());
		BalanceApi.Results results = subject.results();
		if (results.respondents() > 1) {
			pdf.note(english ? results.respondents() + " colleagues answered." : results.respondents()
					+ " collega's vulden de scan in.");
		}

		pdf.heading(2, english ? "The model: score per cell" : "Het model: score per cel");
		pdf.note(english ? "1 = not yet, 2 = we are starting, 3 = on our way, 4 = secured; – = not scored."
				: "1 = nog niet, 2 = we beginnen, 3 = we zijn op weg, 4 = het is geborgd; – = niet gescoord.");
		pdf.table(grid(results, locale));

		pdf.heading(2, english ? "Balance per partnership" : "Balans per partnerschap");
		pdf.table(balance(results.partnerships(), Taxonomy.Kind.PARTNERSHIP, locale, english));
		pdf.heading(2, english ? "Balance per aspect" : "Balans per aspect");
		pdf.table(balance(results.aspects(), Taxonomy.Kind.ASPECT, locale, english));

		pdf.heading(2, english ? "Weakest cells" : "Zwakste cellen");
		if (results.weakest().isEmpty()) {
			pdf.paragraph(english ? "No cell scores below 'secured'." : "Geen cel scoort lager dan 'het is geborgd'.");
		}
		else {
			pdf.bullets(results.weakest().stream().map(cell -> named(cell, locale)).toList());
		}
		if (!results.disagreements().isEmpty()) {
			pdf.heading(2, english ? "Where colleagues disagree most" : "Waar collega's het meest verschillen");
			pdf.bullets(results.disagreements()
				.stream()
				.map(cell -> named(cell, locale) + (english ? " (spread " : " (spreiding ")
						+ String.format(locale, "%.1f", cell.spread()) + ")")
				.toList());
		}
		if (!subject.actions().isEmpty()) {
			pdf.heading(2, english ? "Action plan" : "Actieplan");
			PrintTable plan = PrintTable.columns(3, 5, 2, 2)
				.header(PrintTable.Cell.heading(english ? "Cell" : "Cel"),
						PrintTable.Cell.heading(english ? "Action" : "Actie"),
						PrintTable.Cell.heading(english ? "Owner" : "Eigenaar"),
						PrintTable.Cell.heading(english ? "Date" : "Datum"));
			DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
			for (BalanceApi.ActionView action : subject.actions()) {
				plan.row(PrintTable.Cell.text(cellName(action.partnership(), action.aspect(), locale)),
						PrintTable.Cell.text(action.text() + (action.done() ? (english ? " (done)" : " (gedaan)") : "")),
						PrintTable.Cell.text((action.ownerName() != null) ? action.ownerName() : "–"),
						PrintTable.Cell.text(day.format(action.due())));
			}
			pdf.table(plan);
		}
		if (!results.recommendations().isEmpty()) {
			pdf.heading(2, english ? "Recommended for the weakest cells" : "Aanbevolen bij de zwakste cellen");
			for (BalanceApi.Recommendation recommendation : results.recommendations()) {
				pdf.heading(3, cellName(recommendation.partnership(), recommendation.aspect(), locale));
				List<String> lines = new ArrayList<>();
				recommendation.items().forEach(item -> lines.add(item.title()));
				recommendation.events()
					.forEach(event -> lines.add(event.title() + " – " + DateTimeFormatter
						.ofLocalizedDate(FormatStyle.LONG)
						.withLocale(locale)
						.format(event.startsAt().atZone(AMSTERDAM))));
				recommendation.experts().forEach(expert -> lines.add(expert.name()
						+ ((expert.organisation() != null) ? ", " + expert.organisation() : "")));
				if (!lines.isEmpty()) {
					pdf.bullets(lines);
				}
			}
		}
		return pdf.finish();
	}

	/** Partnerships down, aspects across; each cell its score, tinted by it. */
	private PrintTable grid(BalanceApi.Results results, Locale locale) {
		List<Taxonomy.Term> aspects = this.taxonomy.terms(Taxonomy.Kind.ASPECT);
		float[] widths = new float[aspects.size() + 1];
		java.util.Arrays.fill(widths, 2);
		widths[0] = 3;
		PrintTable grid = PrintTable.columns(widths).fontSize(9);
		List<PrintTable.Cell> header = new ArrayList<>(List.of(PrintTable.Cell.text("")));
		aspects.forEach(aspect -> header.add(PrintTable.Cell.heading(aspect.label(locale))));
		grid.header(header.toArray(PrintTable.Cell[]::new));
		for (Taxonomy.Term partnership : this.taxonomy.terms(Taxonomy.Kind.PARTNERSHIP)) {
			List<PrintTable.Cell> row = new ArrayList<>(List.of(PrintTable.Cell.heading(partnership.label(locale))));
			for (Taxonomy.Term aspect : aspects) {
				BalanceApi.CellResult cell = results.cells()
					.stream()
					.filter(found -> found.partnership().equals(partnership.code())
							&& found.aspect().equals(aspect.code()))
					.findFirst()
					.orElse(null);
				Double score = (cell != null) ? cell.score() : null;
				PrintTable.Cell printed = PrintTable.Cell.text((score == null) ? "–" : String.format(locale, "%.1f", score));
				row.add((score == null) ? printed : printed.on(TINTS[Math.clamp(Math.round(score) - 1, 0, 3)]));
			}
			grid.row(row.toArray(PrintTable.Cell[]::new));
		}
		return grid;
	}

	private PrintTable balance(List<BalanceApi.Balance> balances, Taxonomy.Kind kind, Locale locale,
			boolean english) {
		PrintTable table = PrintTable.columns(5, 2, 2)
			.header(PrintTable.Cell.heading(""), PrintTable.Cell.heading(english ? "Score" : "Score"),
					PrintTable.Cell.heading(english ? "Cells scored" : "Cellen gescoord"));
		for (BalanceApi.Balance balance : balances) {
			table.row(PrintTable.Cell.text(label(kind, balance.code(), locale)),
					PrintTable.Cell.text((balance.score() == null) ? "–" : String.format(locale, "%.1f", balance.score())),
					PrintTable.Cell.text(Integer.toString(balance.cells())));
		}
		return table;
	}

	private String named(BalanceApi.CellRef cell, Locale locale) {
		return cellName(cell.partnership(), cell.aspect(), locale) + ": " + question(cell, locale) + " ("
				+ String.format(locale, "%.1f", cell.score()) + ")";
	}

	private static String question(BalanceApi.CellRef cell, Locale locale) {
		return new Taxonomy.Cell(cell.partnership(), cell.aspect(), cell.question(), cell.questionEn()).question(locale);
	}

	private String cellName(String partnership, String aspect, Locale locale) {
		return label(Taxonomy.Kind.PARTNERSHIP, partnership, locale) + " × " + label(Taxonomy.Kind.ASPECT, aspect, locale);
	}

	private String label(Taxonomy.Kind kind, String code, Locale locale) {
		return this.taxonomy.terms(kind)
			.stream()
			.filter(term -> term.code().equals(code))
			.map(term -> term.label(locale))
			.findFirst()
			.orElse(code);
	}

}
