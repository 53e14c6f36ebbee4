package nl.ouderbetrokkenheid.portal.catalog;

import java.time.LocalDate;
import java.util.List;

import nl.ouderbetrokkenheid.portal.files.Attachment;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.system.ReadYourWrites;

import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Publications that another feature owns (an expert's article) but that the catalogue's search should find like any
 * item. Each becomes an item of type PUBLICATION under a deterministic id, with {@code externalId}
 * {@code <source>:<slug>} marking where it lives; withdrawing deletes the item, so it leaves search at once.
 */
@Component
public class ExternalPublications {

	static final String TYPE = "PUBLICATION";

	/**
	 * A publication as its owner describes it, with the files its owner attached ({@code fileOwner} names them in the
	 * files feature) and their text.
	 */
	public record Publication(String source, String sourceId, String sourceSlug, String title, String summary,
			String body, List<String> partnerships, List<String> aspects, List<String> sectors, String region,
			String organisation, String author, String authorSubject, List<Link> links, LocalDate publishedAt,
			boolean demo, String fileOwner, List<Attachment> attachments, String attachmentText) {
	}

	public record Link(String title, String url) {
	}

	private final ItemRepository items;

	private final ItemService service;

	private final ItemRules rules;

	private final ReactiveElasticsearchOperations operations;

	ExternalPublications(ItemRepository items, ItemService service, ItemRules rules,
			ReactiveElasticsearchOperations operations) {
		this.items = items;
		this.service = service;
		this.rules = rules;
		// Visible (or gone) in search at once, also while an import has made scheduled refreshes rare (BulkLoads).
		this.operations = ReadYourWrites.visibleDuringBulkLoads(operations);
	}

	/** Puts the publication into the catalogue, or replaces the earlier one; completes with the item's slug. */
	public Mono<String> publish(Publication publication) {
		return publish(TYPE, publication);
	}

	/**
	 * As {@link #publish(Publication)}, as an item of the given content type (a member's practice example or tool is
	 * one, not a publication).
	 */
	public Mono<String> publish(String type, Publication publication) {
		ItemInput input = new ItemInput(publication.source() + ":" + publication.sourceSlug(), type,
				publication.title(), publication.summary(), publication.body(), publication.partnerships(),
				publication.aspects(), publication.sectors(), publication.region(), publication.organisation(),
				publication.author(),
				publication.links().stream().map(link -> new ItemInput.LinkInput(link.title(), link.url())).toList(),
				null, "nl", publication.publishedAt(), true, publication.demo());
		List<Problems.FieldError> errors = this.rules.check(input);
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidRequestException(errors));
		}
		String id = itemId(publication.source(), publication.sourceId());
		return this.items.findById(id).defaultIfEmpty(new ItemDocument()).flatMap(item -> {
			Mono<String> slug = (item.getSlug() != null) ? Mono.just(item.getSlug())
					: this.service.uniqueSlug(Slugs.of(publication.title()));
			boolean wasPublished = item.getId() != null && item.isPublished();
			return slug.flatMap(value -> {
				item.setId(id);
				item.setSlug(value);
				this.service.apply(item, input);
				if (item.getCreatedAt() == null) {
					item.setCreatedAt(item.getUpdatedAt());
				}
				item.setAuthorSubject(publication.authorSubject());
				item.setFileOwner(publication.fileOwner());
				item.setAttachments(publication.attachments());
				item.setAttachmentText((publication.attachmentText() == null || publication.attachmentText().isEmpty())
						? null : publication.attachmentText());
				return this.operations.save(item).flatMap(saved -> this.service.announced(wasPublished, saved));
			});
		}).map(ItemDocument::getSlug);
	}

	/** Takes the publication out of the catalogue; nothing happens when it is not there. */
	public Mono<Void> withdraw(String source, String sourceId) {
		return this.operations.delete(itemId(source, sourceId), ItemDocument.class).then();
	}

	/** The catalogue item's id of a publication, while it is published. */
	public static String itemId(String source, String sourceId) {
		return source + "-" + sourceId;
	}

}
