package nl.ouderbetrokkenheid.portal.articles;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.files.Download;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.pdf.PrintLanguage;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowState;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Articles: published ones for everyone, the author's own for experts, the review queue for editors. Content writes
 * carry the ETag they were based on in {@code If-Match}; the workflow's steps are {@link ArticleWorkflowController}'s.
 */
@RestController
@RequestMapping("/api/articles")
@RequiredArgsConstructor
class ArticleController {

	private final ArticleService articles;

	private final ArticleViews views;

	private final ArticlePdf pdf;

	@GetMapping
	Mono<ArticleList> published(@RequestParam(required = false) @Size(max = 200) String author) {
		return ((author != null) ? this.articles.publishedBy(author) : this.articles.published())
			.map(article -> this.views.summary(article, false))
			.collectList()
			.map(ArticleList::new);
	}

	@GetMapping("/{slug}")
	Mono<ArticleViews.ArticleView> bySlug(@PathVariable String slug, PortalUser caller) {
		return this.articles.bySlug(slug, caller).map(article -> this.views.view(article, caller));
	}

	/**
	 * The article as a PDF download, to whoever may read it: published ones to everyone, others to their author and
	 * editors (404 to anyone else, as for the page). Spring Security's no-store applies: a draft must not linger in a
	 * cache.
	 */
	@GetMapping("/{slug}/pdf")
	Mono<ResponseEntity<byte[]>> pdf(@PathVariable String slug, @RequestParam(required = false) String lang,
			PortalUser caller) {
		return Mono.fromSupplier(() -> PrintLanguage.of("lang", lang))
			.flatMap(language -> this.articles.bySlug(slug, caller)
				.publishOn(Schedulers.boundedElastic())
				.map(article -> ResponseEntity.ok()
					.contentType(MediaType.APPLICATION_PDF)
					.header(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.attachment().filename(article.getSlug() + ".pdf").build().toString())
					.body(this.pdf.print(article, language))));
	}

	@GetMapping("/mine")
	@PreAuthorize("hasRole('EXPERT')")
	Mono<ArticleList> mine(PortalUser caller) {
		return this.articles.mine(caller.subject())
			.map(article -> this.views.summary(article, true))
			.collectList()
			.map(ArticleList::new);
	}

	@GetMapping("/review")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ArticleList> review(@RequestParam(defaultValue = "SUBMITTED") String state) {
		return Mono.fromSupplier(() -> WorkflowState.parse("state", state))
			.flatMapMany(this.articles::inState)
			.map(article -> this.views.summary(article, true))
			.collectList()
			.map(ArticleList::new);
	}

	// No @Valid on article bodies: ArticleRules checks fields and codes after method security has had its say.
	@PostMapping
	@PreAuthorize("hasRole('EXPERT')")
	Mono<ResponseEntity<ArticleViews.ArticleView>> create(@RequestBody ArticleInput input,
			PortalUser caller) {
		return this.articles.create(caller, input)
			.map(article -> ResponseEntity.created(URI.create("/api/articles/" + article.getSlug()))
				.eTag(DocumentVersion.of(article.getSeqNoPrimaryTerm()).etag())
				.body(this.views.view(article, caller)));
	}

	@GetMapping("/id/{id}")
	@PreAuthorize("hasAnyRole('EXPERT', 'EDITOR')")
	Mono<ResponseEntity<ArticleViews.ArticleView>> byId(@PathVariable String id, PortalUser caller) {
		return this.articles.visible(this.articles.byId(id), caller).map(article -> versioned(article, caller));
	}

	@PutMapping("/id/{id}")
	@PreAuthorize("hasRole('EXPERT')")
	Mono<ResponseEntity<ArticleViews.ArticleView>> update(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ArticleInput input, PortalUser caller) {
		return Mono.defer(() -> this.articles.update(id, caller, DocumentVersion.require(ifMatch, "article"), input))
			.map(article -> versioned(article, caller));
	}

	/**
	 * Attaches a file (multipart field {@code file}) to the author's editable article; the body is read after method
	 * security. Answers with the article and its new version.
	 */
	@PostMapping("/id/{id}/files")
	@PreAuthorize("hasRole('EXPERT')")
	Mono<ResponseEntity<ArticleViews.ArticleView>> attach(@PathVariable String id, ServerWebExchange exchange,
			PortalUser caller) {
		return exchange.getMultipartData()
			.flatMap(form -> this.articles.attach(id, caller, form))
			.map(article -> ResponseEntity.status(HttpStatus.CREATED)
				.eTag(DocumentVersion.of(article.getSeqNoPrimaryTerm()).etag())
				.body(this.views.view(article, caller)));
	}

	@DeleteMapping("/id/{id}/files/{fileId}")
	@PreAuthorize("hasRole('EXPERT')")
	Mono<ResponseEntity<ArticleViews.ArticleView>> detach(@PathVariable String id, @PathVariable String fileId,
			PortalUser caller) {
		return this.articles.detach(id, caller, fileId).map(article -> versioned(article, caller));
	}

	/** A file of an article, to whoever may read the article (as for the page and the PDF). */
	@GetMapping("/{slug}/files/{fileId}")
	Mono<ResponseEntity<Flux<DataBuffer>>> download(@PathVariable String slug, @PathVariable String fileId,
			PortalUser caller) {
		return this.articles.download(slug, fileId, caller).map(Download::response);
	}

	/** The live preview: the same rendering and sanitising as a saved article gets. */
	@PostMapping("/preview")
	@PreAuthorize("hasAnyRole('EXPERT', 'EDITOR')")
	Mono<Preview> preview(@Valid @RequestBody PreviewRequest request) {
		return Mono.fromSupplier(() -> new Preview(this.articles.preview(request.body())));
	}

	private ResponseEntity<ArticleViews.ArticleView> versioned(ArticleDocument article, PortalUser viewer) {
		return this.views.versioned(article, viewer);
	}

}
