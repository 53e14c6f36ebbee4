package nl.ouderbetrokkenheid.portal.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.pdf.PrintDocument;
import nl.ouderbetrokkenheid.portal.system.DemoMarkers;
import nl.ouderbetrokkenheid.portal.system.DemoSet;
import nl.ouderbetrokkenheid.portal.system.MarkdownRenderer;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexLifecycleRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A few demo publications get a real PDF: written for this portal ({@code demo/files/<externalId>.md}), printed at
 * start-up with the portal's own PDF package and attached through the ordinary path, so their text is searched like
 * any upload's. No binary file is kept in the repository. Once, like the demo items.
 */
@Component
@Order(IndexLifecycleRunner.ORDER + 11)
@RequiredArgsConstructor
class DemoFiles implements DemoSet {

	static final String MARKER = "demo-files-loaded";

	/** The demo items that get a PDF, by external id, with the PDF's file name. */
	static final List<String[]> FILES = List.of(
			new String[] { "demo-0069", "Het borgingstraject in de praktijk.pdf" },
			new String[] { "demo-0107", "Voorlezen thuis - de leesestafette.pdf" },
			new String[] { "demo-0111", "De gespreksladder - zorgen bespreken met ouders.pdf" });

	private static final Logger logger = LoggerFactory.getLogger(DemoFiles.class);

	private final DemoMarkers markers;

	private final ItemService items;

	private final ItemRepository repository;

	private final MarkdownRenderer markdown;

	@Override
	public Mono<Void> load() {
		return this.markers.once(MARKER, attachAll());
	}

	private Mono<Void> attachAll() {
		return Flux.fromIterable(FILES)
			.concatMap(file -> this.repository.findById(ItemImportStore.documentId(file[0]))
				.flatMap(item -> Mono.fromCallable(() -> print(file[0], file[1]))
					.subscribeOn(Schedulers.boundedElastic())
					.flatMap(pdf -> this.items.attach(item.getId(), file[1], pdf, true))))
			.count()
			.doOnNext(count -> logger.info("Demo content: {} publications got their PDF", count))
			.then();
	}

	/** The publication's text printed as an A4 PDF. */
	byte[] print(String externalId, String name) {
		String text;
		try {
			text = new ClassPathResource("demo/files/" + externalId + ".md").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String title = name.substring(0, name.length() - ".pdf".length());
		return PrintDocument.start(PrintDocument.Format.A4_PORTRAIT, title, "Kennisportaal Ouderbetrokkenheid (demo)",
				Locale.forLanguageTag("nl"))
			.markdown(this.markdown.parse(text))
			.finish();
	}

}
