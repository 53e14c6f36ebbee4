package nl.ouderbetrokkenheid.portal.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.alerts.NewPublications;
import nl.ouderbetrokkenheid.portal.files.Attachments;
import nl.ouderbetrokkenheid.portal.files.Download;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;
import nl.ouderbetrokkenheid.portal.system.Hashes;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.MarkdownRenderer;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.system.ReadYourWrites;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.suggest.Completion;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Items' life: created and edited by editors with optimistic concurrency (a stale edit never overwrites a newer
 * one), published and unpublished, deleted.
 */
@Service
class ItemService {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final ItemRepository items;

	private final ReactiveElasticsearchOperations operations;

	private final ItemRules rules;

	private final MarkdownRenderer markdown;

	private final Attachments files;

	private final NewPublications publications;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ItemService(ItemRepository items, ReactiveElasticsearchOperations operations, ItemRules rules,
			MarkdownRenderer markdown, Attachments files, NewPublications publications, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.items = items;
		this.files = files;
		// An editor's save is visible at once, also while an import has made scheduled refreshes rare (BulkLoads).
		this.operations = ReadYourWrites.visibleDuringBulkLoads(operations);
		this.rules = rules;
		this.markdown = markdown;
		this.publications = publications;
		this.clock = clock;
	}

	Mono<ItemDocument> create(ItemInput input, String editor) {
		return Mono.defer(() -> {
			requireValid(input);
			return createValid(input);
		});
	}

	private Mono<ItemDocument> createValid(ItemInput input) {
		ItemDocument item = new ItemDocument();
		item.setId(UUID.randomUUID().toString());
		item.setCreatedAt(this.clock.instant());
		apply(item, input);
		return uniqueSlug(Slugs.of(input.title())).flatMap(slug -> {
			item.setSlug(slug);
			return this.operations.save(item);
		}).flatMap(saved -> announced(false, saved));
	}

	/** Replaces an item's content, provided nobody saved it since the editor loaded the given version. */
	Mono<ItemDocument> update(String id, DocumentVersion expected, ItemInput input) {
		return Mono.fromRunnable(() -> requireValid(input)).then(byId(id)).flatMap(item -> {
			if (!DocumentVersion.of(item.getSeqNoPrimaryTerm()).equals(expected)) {
				return Mono.error(stale());
			}
			boolean wasPublished = item.isPublished();
			apply(item, input);
			return this.operations.save(item).flatMap(saved -> announced(wasPublished, saved));
		}).onErrorMap(OptimisticLockingFailureException.class, ex -> stale());
	}

	Mono<ItemDocument> setPublished(String id, boolean published, DocumentVersion expected) {
		return byId(id).flatMap(item -> {
			if (expected != null && !DocumentVersion.of(item.getSeqNoPrimaryTerm()).equals(expected)) {
				return Mono.error(stale());
			}
			boolean wasPublished = item.isPublished();
			item.setPublished(published);
			item.setSuggest(suggestFor(item));
			item.setUpdatedAt(this.clock.instant());
			return this.operations.save(item).flatMap(saved -> announced(wasPublished, saved));
		}).onErrorMap(OptimisticLockingFailureException.class, ex -> stale());
	}

	/** An item that has just become published is queued for the saved searches (which the editor does not wait on). */
	Mono<ItemDocument> announced(boolean wasPublished, ItemDocument saved) {
		return (!wasPublished && saved.isPublished())
				? this.publications.record(ItemPublications.of(saved)).thenReturn(saved) : Mono.just(saved);
	}

	/** The item goes, and with it the files attached to it (an article's publication has none of its own). */
	Mono<Void> delete(String id) {
		return byId(id).flatMap(item -> this.operations.delete(item).then(this.files.detachAll(fileOwner(id))));
	}

	/**
	 * Attaches an uploaded file and lists it on the item, whose search text now includes the file's. If the item
	 * cannot be updated, the file goes again: nothing half-stored stays behind.
	 */
	Mono<ItemDocument> attach(String id, MultiValueMap<String, Part> form, String uploader) {
		return byId(id).flatMap(item -> {
			requireOwnFiles(item);
			return this.files.attach(fileOwner(id), form, uploader)
				.flatMap(added -> listFiles(id).onErrorResume(ex -> this.files.detach(fileOwner(id), added.id())
					.onErrorResume(ignored -> Mono.empty())
					.then(Mono.error(ex))));
		});
	}

	/** Attaches a file the portal made itself (the demo publications). */
	Mono<ItemDocument> attach(String id, String name, byte[] content, boolean demo) {
		return this.files.attach(fileOwner(id), name, content, demo).then(Mono.defer(() -> listFiles(id)));
	}

	Mono<ItemDocument> detach(String id, String fileId) {
		return byId(id).flatMap(item -> {
			requireOwnFiles(item);
			return this.files.detach(fileOwner(id), fileId);
		}).then(Mono.defer(() -> listFiles(id)));
	}

	/** A file the item lists, to whoever may see the item; 404 for a file the item does not list. */
	Mono<Download> download(String slug, String fileId, boolean editor) {
		return bySlug(slug, editor).flatMap(item -> {
			boolean listed = item.getAttachments() != null
					&& item.getAttachments().stream().anyMatch(file -> file.id().equals(fileId));
			return listed ? this.files.download(item.getFileOwner(), fileId)
					: Mono.error(new PortalException(HttpStatus.NOT_FOUND, "file-not-found", "File not found",
							"This item has no such file."));
		});
	}

	/** Whose files an item lists: its own, or, for an article's publication, the article's. */
	static String fileOwner(String itemId) {
		return "item:" + itemId;
	}

	/** The item's files read again into the item; another write in between means reading and applying again. */
	private Mono<ItemDocument> listFiles(String id) {
		String owner = fileOwner(id);
		return Mono.defer(() -> Mono.zip(this.files.list(owner).collectList(), this.files.text(owner))
			.flatMap(files -> byId(id).flatMap(item -> {
				item.setAttachments(files.getT1());
				item.setAttachmentText(files.getT2().isEmpty() ? null : files.getT2());
				item.setFileOwner(owner);
				item.setUpdatedAt(this.clock.instant());
				return this.operations.save(item);
			})))
			.retryWhen(Retry.max(5).filter(OptimisticLockingFailureException.class::isInstance));
	}

	private static void requireOwnFiles(ItemDocument item) {
		if (item.getFileOwner() != null && !item.getFileOwner().equals(fileOwner(item.getId()))) {
			throw new PortalException(HttpStatus.CONFLICT, "files-belong-elsewhere", "Files belong to the source",
					"This item publishes an article; its files are attached to the article by its author.");
		}
	}

	Mono<ItemDocument> byId(String id) {
		return this.items.findById(id).switchIfEmpty(Mono.error(ItemService::notFound));
	}

	/** Tells whoever counts views (the contributions feature) that the item's page was read. */
	void viewed(ItemDocument item) {
		this.events.publishEvent(new ItemViewed(item.getId(), item.isPublished()));
	}

	/** A published item by its slug; editors also see unpublished ones. */
	Mono<ItemDocument> bySlug(String slug, boolean editor) {
		return this.items.findFirstBySlug(slug)
			.filter(item -> item.isPublished() || editor)
			.switchIfEmpty(Mono.error(ItemService::notFound));
	}

	/** Fills a document from validated input; the search text is extracted once, at write time. */
	void apply(ItemDocument item, ItemInput input) {
		apply(item, input, searchText(input), contentHash(input));
	}

	/** The body as plain text, for search. */
	String searchText(ItemInput input) {
		return this.markdown.text(input.body());
	}

	/** The body as sanitised HTML. Rendered when an item is shown, not stored: imports of many items stay cheap. */
	String bodyHtml(ItemDocument item) {
		return this.markdown.html(item.getBody());
	}

	/** Applies input whose search text was extracted (and content hashed) beforehand, as the import does. */
	void apply(ItemDocument item, ItemInput input, String bodyText, String contentHash) {
		// A new item is published unless said otherwise; an update keeps what the client leaves out.
		boolean fresh = item.getContentHash() == null;
		item.setExternalId(input.externalId());
		item.setType(input.type());
		item.setTitle(input.title().strip());
		item.setSummary(input.summary().strip());
		item.setBody(input.body());
		item.setBodyHtml(null); // documents from before the HTML was rendered on reading carry a stored copy
		item.setBodyText(bodyText);
		item.setPartnerships(Taxonomy.stored(input.partnerships()));
		item.setAspects(Taxonomy.stored(input.aspects()));
		item.setSectors(Taxonomy.stored(input.sectors()));
		item.setRegion(input.region());
		item.setOrganisation(input.organisation());
		item.setAuthor(input.author());
		item.setLinks((input.links() != null)
				? input.links().stream().map(l -> new ItemDocument.Link(l.title(), l.url())).toList() : List.of());
		item.setLicence(input.licence());
		item.setLanguage((input.language() != null) ? input.language() : "nl");
		item.setPublishedAt((input.publishedAt() != null) ? input.publishedAt()
				: (item.getPublishedAt() != null) ? item.getPublishedAt() : LocalDate.now(this.clock.withZone(AMSTERDAM)));
		item.setPublished((input.published() != null) ? input.published() : (fresh || item.isPublished()));
		item.setDemo((input.demo() != null) ? input.demo() : (!fresh && item.isDemo()));
		item.setContentHash(contentHash);
		item.setUpdatedAt(this.clock.instant());
		item.setSuggest(suggestFor(item));
	}

	static String contentHash(ItemInput input) {
		return Hashes.sha256Hex(input.toString(), 16);
	}

	/** The title, and the title from its second and third word on, so "ouderkamer" also completes "Een ouderkamer". */
	private static Completion suggestFor(ItemDocument item) {
		if (!item.isPublished()) {
			return null;
		}
		String[] words = item.getTitle().split("\\s+");
		Set<String> inputs = new LinkedHashSet<>();
		inputs.add(item.getTitle());
		for (int i = 1; i < Math.min(words.length, 3); i++) {
			inputs.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
		}
		return new Completion(inputs.toArray(String[]::new));
	}

	private void requireValid(ItemInput input) {
		List<Problems.FieldError> errors = this.rules.check(input);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	/** The first slug of {@code base} no item has: the item API's paths take no word a slug could. */
	Mono<String> uniqueSlug(String base) {
		return Slugs.unique(base, Set.of(), this.items::existsBySlug);
	}

	private static PortalException notFound() {
		return new PortalException(HttpStatus.NOT_FOUND, "item-not-found", "Item not found",
				"There is no such item in the catalogue.");
	}

	private static PortalException stale() {
		return DocumentVersion.stale("item");
	}

}
