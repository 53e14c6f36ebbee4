package nl.ouderbetrokkenheid.portal.poster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nl.ouderbetrokkenheid.portal.pdf.PrintDocument;
import nl.ouderbetrokkenheid.portal.pdf.PrintLanguage;
import nl.ouderbetrokkenheid.portal.pdf.PrintTable;
import nl.ouderbetrokkenheid.portal.system.Hashes;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Draws the poster once per language and keeps it: the taxonomy it shows changes only with a new release.
 */
@Component
class Poster {

	/** The poster's bytes and a version that changes only when its content or layout does, on every replica alike. */
	record Printed(byte[] pdf, String version, String filename) {
	}

	/** Raise when the layout changes, so caches holding the old poster fetch the new one. */
	private static final int LAYOUT = 1;

	/** Large enough to read from a few steps away on A3. */
	private static final float TEXT_SIZE = 15;

	/** The height kept below the grid for the footnote. */
	private static final float FOOTER = 50;

	private final Taxonomy taxonomy;

	private final Map<PrintLanguage, Printed> printed = new ConcurrentHashMap<>();

	Poster(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	/** Drawn on the first request, off the event loop; a failure is not kept, so the next request tries again. */
	Mono<Printed> of(PrintLanguage language) {
		Printed done = this.printed.get(language);
		return (done != null) ? Mono.just(done)
				: Mono.fromCallable(() -> this.printed.computeIfAbsent(language, this::print))
					.subscribeOn(Schedulers.boundedElastic());
	}

	private Printed print(PrintLanguage language) {
		Taxonomy.Codes codes = this.taxonomy.codes();
		boolean english = language.english();
		String title = english ? "The model of the five partnerships" : "Het model van de vijf partnerschappen";
		PrintDocument poster = PrintDocument.start(PrintDocument.Format.A3_LANDSCAPE, title,
				"Kennisportaal Ouderbetrokkenheid", language.locale());
		poster.title(title, 30);
		poster.lead(english
				? "The model helps you work on parental involvement in an integrated and structured way. Keep the five "
						+ "partnerships in balance: each is worked out in six aspects, and each cell asks your team one question."
				: "Het model helpt u om integraal en gestructureerd aan de slag te gaan met ouderbetrokkenheid. Zorg voor "
						+ "een balans tussen de vijf partnerschappen: elk is uitgewerkt in zes aspecten, en elke cel stelt uw "
						+ "team één vraag.",
				15);

		List<Taxonomy.Term> partnerships = codes.partnerships();
		float[] widths = new float[partnerships.size() + 1];
		Arrays.fill(widths, 2);
		widths[0] = 1.55f;
		PrintTable grid = PrintTable.columns(widths).fontSize(TEXT_SIZE);
		List<PrintTable.Cell> header = new ArrayList<>();
		header.add(PrintTable.Cell.heading("Aspect"));
		partnerships.forEach(partnership -> header
			.add(PrintTable.Cell.headed(partnership.label(language.locale()), partnership.description(language.locale()))));
		grid.header(header.toArray(PrintTable.Cell[]::new));
		for (Taxonomy.Term aspect : codes.aspects()) {
			List<PrintTable.Cell> row = new ArrayList<>();
			row.add(PrintTable.Cell.heading(aspect.label(language.locale())).on(PrintTable.HEADER));
			for (Taxonomy.Term partnership : partnerships) {
				row.add(PrintTable.Cell.text(question(codes, partnership.code(), aspect.code(), language)));
			}
			grid.row(row.toArray(PrintTable.Cell[]::new));
		}
		poster.tableFillingPage(grid, FOOTER);
		poster.note(english
				? "The model of the five partnerships of Actief Ouderschap · Kennisportaal Ouderbetrokkenheid: practice "
						+ "examples, tips and publications for every question."
				: "Het model van de vijf partnerschappen van Actief Ouderschap · Kennisportaal Ouderbetrokkenheid: "
						+ "praktijkvoorbeelden, tips en publicaties bij elke vraag.");
		String version = Hashes.sha256Hex(LAYOUT + "|" + language + "|" + codes.partnerships() + codes.aspects()
				+ codes.cells(), 12);
		String filename = english ? "model-five-partnerships.pdf" : "model-vijf-partnerschappen.pdf";
		return new Printed(poster.finish(), version, filename);
	}

	private static String question(Taxonomy.Codes codes, String partnership, String aspect, PrintLanguage language) {
		return codes.cells()
			.stream()
			.filter(cell -> cell.partnership().equals(partnership) && cell.aspect().equals(aspect))
			.map(cell -> cell.question(language.locale()))
			.findFirst()
			.orElse("");
	}

}
