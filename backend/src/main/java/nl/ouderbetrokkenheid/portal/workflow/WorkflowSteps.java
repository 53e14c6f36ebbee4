package nl.ouderbetrokkenheid.portal.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.files.Attachments;
import nl.ouderbetrokkenheid.portal.files.Download;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;
import nl.ouderbetrokkenheid.portal.system.DocumentWrites;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Visible;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The workflow's writes, the same for every kind of writing ({@link Desk}): starting a draft, editing it, attaching
 * files, each step with its history, kept versions and mails, and the diff. Every write is conditional on the version
 * read (sequence number and primary term), so two people acting at once never both win: the later one gets 412. A
 * step the state does not allow gets 409 ({@link Workflow}).
 */
@Component
@RequiredArgsConstructor
public class WorkflowSteps {

	@Visible
	private final ReactiveElasticsearchOperations operations;

	private final DocumentWrites writes;

	private final Attachments files;

	private final Clock clock;

	/** A new draft by this author: a fresh id, state DRAFT, and the first line of its history. */
	public <D extends WorkflowFields> D start(D document, String authorSubject, String authorName) {
		document.setId(UUID.randomUUID().toString());
		document.setAuthorSubject(authorSubject);
		document.setAuthorName(authorName);
		document.setState(WorkflowState.DRAFT);
		document.setCreatedAt(this.clock.instant());
		document.setUpdatedAt(document.getCreatedAt());
		document.getHistory()
			.add(new Transition(null, WorkflowState.DRAFT, authorSubject, authorName, document.getCreatedAt(), null,
					null));
		return document;
	}

	public <D extends WorkflowFields> Mono<D> byId(Desk<D, ?> desk, String id) {
		return desk.find(id).switchIfEmpty(Mono.error(desk::notFound));
	}

	/** The document as the caller may see it ({@link Desk#readable}); to anyone else it is not there. */
	public <D extends WorkflowFields> Mono<D> readable(Desk<D, ?> desk, Mono<D> document, PortalUser caller) {
		return document.filter(found -> desk.readable(found, caller)).switchIfEmpty(Mono.error(desk::notFound));
	}

	/** The document if the caller wrote it or edits; to anyone else it is not there, as an unpublished one. */
	public <D extends WorkflowFields> Mono<D> managed(Desk<D, ?> desk, String id, PortalUser caller) {
		return byId(desk, id).filter(found -> caller.mayManage(found.getAuthorSubject()))
			.switchIfEmpty(Mono.error(desk::notFound));
	}

	/**
	 * Changes the content of the author's editable document ({@code validate} first, then {@code apply}), provided
	 * nobody saved it since the given version.
	 */
	public <D extends WorkflowFields> Mono<D> update(Desk<D, ?> desk, String id, PortalUser author,
			DocumentVersion expected, Runnable validate, Consumer<D> apply) {
		return Mono.fromRunnable(validate).then(readable(desk, byId(desk, id), author)).flatMap(found -> {
			Workflow.requireAuthor(desk.kind(), found.getAuthorSubject(), author);
			requireCurrent(desk.kind(), found, expected);
			Workflow.requireEditable(desk.kind(), found.getState());
			apply.accept(found);
			found.setUpdatedAt(this.clock.instant());
			return save(desk.kind(), found);
		});
	}

	/** Saves a change, conditional on the version read: 412 when someone else saved first. */
	public <D extends WorkflowFields> Mono<D> save(String kind, D document) {
		return Mono.defer(() -> this.operations.save(document))
			.onErrorMap(OptimisticLockingFailureException.class, ex -> DocumentVersion.stale(kind));
	}

	/** Moves the document one step through the workflow, records who did it, and tells whoever must act next. */
	public <D extends WorkflowFields, V extends WorkflowVersion> Mono<D> transition(Desk<D, V> desk, String id,
			WorkflowStep step, PortalUser actor, DocumentVersion expected, String comment) {
		String kind = desk.kind();
		return Mono.fromSupplier(() -> Optional.ofNullable(Workflow.comment(step, comment)))
			.flatMap(note -> readable(desk, byId(desk, id), actor).flatMap(found -> {
				if (step == WorkflowStep.SUBMIT) {
					Workflow.requireAuthor(kind, found.getAuthorSubject(), actor);
				}
				requireCurrent(kind, found, expected);
				Workflow.requireAllowed(kind, found.getState(), step);
				if (step == WorkflowStep.SUBMIT) {
					desk.requireComplete(found);
				}
				WorkflowState from = found.getState();
				Instant now = this.clock.instant();
				found.setState(step.to());
				found.setUpdatedAt(now);
				Mono<?> before = Mono.empty();
				if (step == WorkflowStep.SUBMIT) {
					found.setSubmissions(found.getSubmissions() + 1);
					found.setSubmittedAt(now);
					V version = desk.version(found, now);
					version.copy(found, now);
					// Created once: a retry after a lost race leaves the first stored copy (the same content) in place.
					before = this.writes.create(version.getId(), version, true);
				}
				found.getHistory()
					.add(Workflow.record(from, step, actor, now, note.orElse(null), found.getSubmissions()));
				Mono<D> saved = switch (step) {
					case PUBLISH -> publish(desk, found, now);
					case UNPUBLISH -> {
						desk.unlisted(found);
						yield save(kind, found).flatMap(done -> desk.outOfCatalogue(done).thenReturn(done));
					}
					default -> before.then(save(kind, found));
				};
				return saved.flatMap(done -> desk.announce(done).thenReturn(done));
			}));
	}

	/** Into the catalogue first, then the state: if the state write loses a race, the catalogue entry goes again. */
	private <D extends WorkflowFields> Mono<D> publish(Desk<D, ?> desk, D document, Instant now) {
		document.setPublishedAt(now);
		return desk.intoCatalogue(document).flatMap(catalogueSlug -> {
			desk.listed(document, catalogueSlug);
			return save(desk.kind(), document).onErrorResume(ex -> desk.outOfCatalogue(document)
				.onErrorResume(ignored -> Mono.empty())
				.then(Mono.error(ex)));
		});
	}

	/**
	 * What changed from one submitted version to another; by default from the previous submission to the last. Earlier
	 * versions are the author's and editors' only, also once the document is published.
	 */
	public <D extends WorkflowFields, V extends WorkflowVersion> Mono<DiffView> diff(Desk<D, V> desk, String id,
			PortalUser viewer, Integer from, Integer to) {
		return managed(desk, id, viewer).flatMap(found -> Workflow.diff(found.getSubmissions(), from, to,
				number -> desk.version(id, number)
					.switchIfEmpty(Mono.error(() -> new PortalException(HttpStatus.NOT_FOUND, "version-not-found",
							"Version not found", "Version " + number + " of this " + desk.kind() + " was not kept.")))
					.map(desk::text)));
	}

	/**
	 * Attaches an uploaded file to the author's editable document, as editing it would be allowed; if the document
	 * cannot be updated, the file goes again.
	 */
	public <D extends WorkflowFields> Mono<D> attach(Desk<D, ?> desk, String id, PortalUser author,
			MultiValueMap<String, Part> form) {
		String owner = Workflow.fileOwner(desk.kind(), id);
		return editable(desk, id, author).flatMap(found -> this.files.attach(owner, form, author.subject())
			.flatMap(added -> listFiles(desk, id).onErrorResume(ex -> this.files.detach(owner, added.id())
				.onErrorResume(ignored -> Mono.empty())
				.then(Mono.error(ex)))));
	}

	/** Attaches a file the portal made itself (demo content). */
	public <D extends WorkflowFields> Mono<D> attach(Desk<D, ?> desk, String id, String name, byte[] content,
			boolean demo) {
		return this.files.attach(Workflow.fileOwner(desk.kind(), id), name, content, demo)
			.then(Mono.defer(() -> listFiles(desk, id)));
	}

	public <D extends WorkflowFields> Mono<D> detach(Desk<D, ?> desk, String id, PortalUser author, String fileId) {
		return editable(desk, id, author)
			.flatMap(found -> this.files.detach(Workflow.fileOwner(desk.kind(), id), fileId))
			.then(Mono.defer(() -> listFiles(desk, id)));
	}

	/** A file the document lists, to whoever may read the document (as {@code document} was found). */
	public <D extends WorkflowFields> Mono<Download> download(Desk<D, ?> desk, Mono<D> document, String fileId) {
		return document.flatMap(found -> found.getAttachments().stream().anyMatch(file -> file.id().equals(fileId))
				? this.files.download(Workflow.fileOwner(desk.kind(), found.getId()), fileId)
				: Mono.error(new PortalException(HttpStatus.NOT_FOUND, "file-not-found", "File not found",
						"This " + desk.kind() + " has no such file.")));
	}

	/** The document's text in its files, for the catalogue's search. */
	public Mono<String> fileText(String kind, String id) {
		return this.files.text(Workflow.fileOwner(kind, id));
	}

	/** On erasure of the document: its files go. */
	public Mono<Void> detachAll(String kind, String id) {
		return this.files.detachAll(Workflow.fileOwner(kind, id));
	}

	/** On erasure of an editor's account: their name leaves the history of the documents they decided on. */
	public <D extends WorkflowFields> Mono<Void> forget(Flux<D> reviewed, String subject) {
		return reviewed.concatMap(found -> Workflow.forget(found.getHistory(), subject) ? this.operations.save(found)
				: Mono.just(found))
			.then();
	}

	private <D extends WorkflowFields> Mono<D> editable(Desk<D, ?> desk, String id, PortalUser author) {
		return readable(desk, byId(desk, id), author).doOnNext(found -> {
			Workflow.requireAuthor(desk.kind(), found.getAuthorSubject(), author);
			Workflow.requireEditable(desk.kind(), found.getState());
		});
	}

	/** The document's files read again into it; another write in between means reading and applying again. */
	private <D extends WorkflowFields> Mono<D> listFiles(Desk<D, ?> desk, String id) {
		return Mono.defer(() -> this.files.list(Workflow.fileOwner(desk.kind(), id))
			.collectList()
			.flatMap(list -> byId(desk, id).flatMap(found -> {
				found.setAttachments(new ArrayList<>(list));
				found.setUpdatedAt(this.clock.instant());
				return save(desk.kind(), found);
			})))
			.retryWhen(Retry.max(5).filter(ex -> ex instanceof PortalException portal
					&& portal.status() == HttpStatus.PRECONDITION_FAILED));
	}

	private static void requireCurrent(String kind, WorkflowFields document, DocumentVersion expected) {
		if (expected != null && !DocumentVersion.of(document.getSeqNoPrimaryTerm()).equals(expected)) {
			throw DocumentVersion.stale(kind);
		}
	}

}
