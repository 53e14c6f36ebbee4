package nl.ouderbetrokkenheid.portal.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.DocumentWrites;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Where the catalogue and the events say that something was newly published. The publication is queued with one small
 * write (no refresh, no matching): the person publishing never waits on the saved searches, however many there are.
 * {@link Percolation} matches the queue in the background; a publication queued twice before then is queued once.
 */
@Component
@RequiredArgsConstructor
public class NewPublications {

	/** What was published. */
	public enum Kind {

		ITEM, EVENT

	}

	/**
	 * A newly published document as saved searches see it: the catalogue's search fields.
	 *
	 * @param path its page in the app, e.g. {@code /items/ouderavond}
	 * @param text the body as plain text
	 * @param type a content type code; none for an event, so a search for a kind of item never matches one
	 * @param region a province or {@code NATIONAL}
	 */
	public record Publication(Kind kind, String id, String path, String title, String summary, String text,
			String organisation, String type, List<String> partnerships, List<String> aspects, List<String> sectors,
			String region, LocalDate publishedAt) {
	}

	private final DocumentWrites writes;

	private final Clock clock;

	public Mono<Void> record(Publication publication) {
		return recordAll(List.of(publication));
	}

	/** Queues the publications in one bulk request; completes when all are stored. */
	public Mono<Void> recordAll(List<Publication> publications) {
		return Mono.defer(() -> this.writes.createAll(publications.stream().map(this::queued).toList(),
				PublicationQueueDocument::getId, false));
	}

	private PublicationQueueDocument queued(Publication publication) {
		PublicationQueueDocument queued = new PublicationQueueDocument();
		queued.setId(publication.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + publication.id());
		queued.setKind(publication.kind());
		queued.setRef(publication.id());
		queued.setPath(publication.path());
		queued.setTitle(publication.title());
		queued.setQueuedAt(this.clock.instant());
		queued.setPercolated(percolated(publication));
		return queued;
	}

	/** The fields of the saved-searches mapping that the stored queries read; a published document by definition. */
	static Map<String, Object> percolated(Publication publication) {
		Map<String, Object> document = new LinkedHashMap<>();
		putIfPresent(document, "type", publication.type());
		putIfPresent(document, "title", publication.title());
		putIfPresent(document, "summary", publication.summary());
		putIfPresent(document, "bodyText", publication.text());
		putIfPresent(document, "organisation", publication.organisation());
		putIfPresent(document, "partnerships", publication.partnerships());
		putIfPresent(document, "aspects", publication.aspects());
		putIfPresent(document, "sectors", publication.sectors());
		putIfPresent(document, "region", publication.region());
		document.put("published", true);
		putIfPresent(document, "publishedAt", (publication.publishedAt() != null) ? publication.publishedAt().toString() : null);
		return document;
	}

	private static void putIfPresent(Map<String, Object> document, String field, Object value) {
		if (value != null) {
			document.put(field, value);
		}
	}

}
