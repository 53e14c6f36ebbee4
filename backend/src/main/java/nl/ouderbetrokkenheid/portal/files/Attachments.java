package nl.ouderbetrokkenheid.portal.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.system.ReadYourWrites;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What features call to attach files to what they own, list, download and remove them. An attachment is stored
 * whole or not at all: the bytes first, then the record; a failed record takes the bytes away again. The owner's
 * feature checks who may do what before it calls; this service checks the file (present, not empty, not too large,
 * of an accepted kind by its content).
 */
@Service
public class Attachments {

	/** The form field an upload sends its file in. */
	public static final String FIELD = "file";

	/** At most this many files per owner. */
	static final int MAX_PER_OWNER = 20;

	private final FileRepository files;

	private final ReactiveElasticsearchOperations operations;

	private final BlobStore blobs;

	private final TextExtractor extractor;

	private final long maxBytes;

	private final Clock clock;

	Attachments(FileRepository files, ReactiveElasticsearchOperations operations, BlobStore blobs,
			TextExtractor extractor, FilesProperties properties, Clock clock) {
		this.files = files;
		// The owner's page lists its files by searching for them straight after an upload.
		this.operations = ReadYourWrites.visible(operations);
		this.blobs = blobs;
		this.extractor = extractor;
		this.maxBytes = properties.maxSize().toBytes();
		this.clock = clock;
	}

	/** Attaches the file a multipart form sent in its {@value #FIELD} field. */
	public Mono<Attachment> attach(String owner, MultiValueMap<String, Part> form, String uploaderSubject) {
		return Mono.defer(() -> {
			List<Part> parts = form.getOrDefault(FIELD, List.of());
			if (parts.isEmpty() || !(parts.getFirst() instanceof FilePart file)) {
				return Mono.error(new InvalidRequestException(FIELD, Problems.Code.REQUIRED,
						"send the file as multipart/form-data field '" + FIELD + "'"));
			}
			if (parts.size() > 1) {
				return Mono.error(new InvalidRequestException(
						List.of(new Problems.FieldError(FIELD, Problems.Code.TOO_MANY, "one file per request", null, 1L))));
			}
			return Mono.usingWhen(temporaryFile(), temp -> file.transferTo(temp)
				.then(Mono.defer(() -> store(owner, safeName(file.filename()), temp, uploaderSubject, false))), this::remove);
		});
	}

	/** Attaches content the portal made itself (the demo publications). */
	public Mono<Attachment> attach(String owner, String name, byte[] content, boolean demo) {
		return Mono.usingWhen(temporaryFile(), temp -> Mono.fromCallable(() -> Files.write(temp, content))
			.subscribeOn(Schedulers.boundedElastic())
			.then(Mono.defer(() -> store(owner, safeName(name), temp, null, demo))), this::remove);
	}

	private Mono<Attachment> store(String owner, String name, Path temp, String uploaderSubject, boolean demo) {
		return Mono.fromCallable(() -> Files.size(temp)).subscribeOn(Schedulers.boundedElastic()).<FileDocument>flatMap(size -> {
			if (size == 0) {
				return Mono.error(new InvalidRequestException(FIELD, Problems.Code.REQUIRED, "the file is empty"));
			}
			if (size > this.maxBytes) {
				return Mono.error(new InvalidRequestException(List.of(new Problems.FieldError(FIELD,
						Problems.Code.TOO_LARGE, "files may be at most " + this.maxBytes + " bytes", null, this.maxBytes))));
			}
			return count(owner).flatMap(count -> (count >= MAX_PER_OWNER)
					? Mono.<TextExtractor.Extracted>error(new InvalidRequestException(List.of(new Problems.FieldError(FIELD, Problems.Code.TOO_MANY,
							"at most " + MAX_PER_OWNER + " files each", null, (long) MAX_PER_OWNER))))
					: this.extractor.extract(temp))
				.onErrorMap(TextExtractor.Refused.class, refused -> new InvalidRequestException(FIELD,
						refused.unreadable ? Problems.Code.UNREADABLE : Problems.Code.UNSUPPORTED_TYPE, refused.getMessage()))
				.flatMap(extracted -> {
					FileDocument document = new FileDocument();
					document.setId(UUID.randomUUID().toString());
					document.setOwner(owner);
					document.setName(withExtension(name, extracted.kind()));
					document.setContentType(extracted.kind().contentType);
					document.setSize(size);
					document.setPages(extracted.pages());
					document.setText(extracted.text());
					document.setTruncated(extracted.truncated());
					document.setUploaderSubject(uploaderSubject);
					document.setDemo(demo);
					document.setCreatedAt(this.clock.instant());
					return this.blobs.put(document.getId(), temp, document.getContentType())
						.then(Mono.defer(() -> this.operations.save(document)))
						.onErrorResume(ex -> this.blobs.delete(document.getId())
							.onErrorResume(ignored -> Mono.empty())
							.then(Mono.error(ex)));
				});
		}).map(Attachments::attachment);
	}

	/** The owner's files, oldest first. */
	public Flux<Attachment> list(String owner) {
		return documents(owner).map(Attachments::attachment);
	}

	/** The text of all the owner's files, one after another, for the owner's search text. */
	public Mono<String> text(String owner) {
		return documents(owner).map(FileDocument::getText)
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining("\n\n"));
	}

	/** One of the owner's files with its content; 404 when the owner has no such file. */
	public Mono<Download> download(String owner, String id) {
		return this.files.findById(id)
			.filter(file -> file.getOwner().equals(owner))
			.switchIfEmpty(Mono.error(Attachments::notFound))
			.map(file -> new Download(attachment(file), this.blobs.get(file.getId())));
	}

	/** Removes one of the owner's files; 404 when the owner has no such file. */
	public Mono<Void> detach(String owner, String id) {
		return this.files.findById(id)
			.filter(file -> file.getOwner().equals(owner))
			.switchIfEmpty(Mono.error(Attachments::notFound))
			.flatMap(this::delete);
	}

	/** Removes all the owner's files: the owner itself is going. */
	public Mono<Void> detachAll(String owner) {
		return documents(owner).concatMap(this::delete).then();
	}

	/** The record first: a file no record names is never offered, and its bytes alone are harmless. */
	private Mono<Void> delete(FileDocument file) {
		return this.operations.delete(file).then(this.blobs.delete(file.getId()));
	}

	Flux<FileDocument> documents(String owner) {
		return this.files.findByOwner(owner, PageRequest.of(0, MAX_PER_OWNER * 2, Sort.by("createdAt")));
	}

	Flux<FileDocument> uploadedBy(String subject) {
		return this.files.findByUploaderSubject(subject, PageRequest.of(0, 1000, Sort.by("createdAt")));
	}

	/** Clears the uploader of a file that stays with its owner. */
	Mono<Void> forget(FileDocument file) {
		file.setUploaderSubject(null);
		return this.operations.save(file).then();
	}

	private Mono<Long> count(String owner) {
		return documents(owner).count();
	}

	private static Attachment attachment(FileDocument file) {
		return new Attachment(file.getId(), file.getName(), file.getContentType(), file.getSize(), file.getPages());
	}

	/** The last segment of the name, without control characters, at most 150 characters; "bestand" when blank. */
	static String safeName(String uploaded) {
		String name = (uploaded != null) ? uploaded : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.length() > 150) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 8) ? name.substring(dot) : "";
			name = name.substring(0, 150 - extension.length()) + extension;
		}
		return name.isBlank() ? "bestand" : name;
	}

	/** A download name ends in the extension of what the file is, whatever the uploaded name said. */
	private static String withExtension(String name, FileKind kind) {
		String extension = "." + kind.name().toLowerCase(java.util.Locale.ROOT).replace("jpeg", "jpg");
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		if (lower.endsWith(extension) || (kind == FileKind.JPEG && lower.endsWith(".jpeg"))) {
			return name;
		}
		return name + extension;
	}

	private static Mono<Path> temporaryFile() {
		return Mono.fromCallable(() -> Files.createTempFile("upload-", ".part")).subscribeOn(Schedulers.boundedElastic());
	}

	private Mono<Void> remove(Path temp) {
		return Mono.<Void>fromRunnable(() -> {
			try {
				Files.deleteIfExists(temp);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private static PortalException notFound() {
		return new PortalException(HttpStatus.NOT_FOUND, "file-not-found", "File not found",
				"There is no such file here.");
	}

}
