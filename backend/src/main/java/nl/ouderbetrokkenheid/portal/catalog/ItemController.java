package nl.ouderbetrokkenheid.portal.catalog;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import nl.ouderbetrokkenheid.portal.files.Download;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;
import nl.ouderbetrokkenheid.portal.system.WebProperties;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/items")
class ItemController {

	private final ItemService items;

	private final ItemImportService imports;

	private final CatalogMapper mapper;

	private final long maxImportBytes;

	ItemController(ItemService items, ItemImportService imports, CatalogMapper mapper, WebProperties web) {
		this.items = items;
		this.imports = imports;
		this.mapper = mapper;
		this.maxImportBytes = web.maxImportSize().toBytes();
	}

	@GetMapping("/{slug}")
	Mono<ItemView> bySlug(@PathVariable String slug, PortalUser caller) {
		return this.items.bySlug(slug, caller.isEditor()).doOnNext(this.items::viewed).map(this::view);
	}

	@GetMapping("/id/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ResponseEntity<ItemView>> byId(@PathVariable String id) {
		return this.items.byId(id).map(this::withVersion);
	}

	// No @Valid on items: ItemRules checks fields and taxonomy codes in one pass, so one answer names every fault.
	@PostMapping
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ResponseEntity<ItemView>> create(@RequestBody ItemInput input, PortalUser caller) {
		return this.items.create(input, caller.subject())
			.map(item -> ResponseEntity.created(URI.create("/api/items/" + item.getSlug()))
				.eTag(DocumentVersion.of(item.getSeqNoPrimaryTerm()).etag())
				.body(view(item)));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ResponseEntity<ItemView>> update(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ItemInput input) {
		return Mono.defer(() -> this.items.update(id, DocumentVersion.require(ifMatch, "item"), input)).map(this::withVersion);
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ResponseEntity<ItemView>> publish(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.items.setPublished(id, true, DocumentVersion.parse(ifMatch)).map(this::withVersion);
	}

	@PostMapping("/{id}/unpublish")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ResponseEntity<ItemView>> unpublish(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.items.setPublished(id, false, DocumentVersion.parse(ifMatch)).map(this::withVersion);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id) {
		return this.items.delete(id).thenReturn(ResponseEntity.noContent().build());
	}

	/**
	 * Attaches a file (multipart field {@code file}). The multipart body is read inside the method, after method
	 * security: a refused caller gets 403, not a complaint about the body. Answers with the item and its new version,
	 * so an open edit form saves over the item with its files.
	 */
	@PostMapping("/{id}/files")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ResponseEntity<ItemView>> attach(@PathVariable String id, ServerWebExchange exchange, PortalUser caller) {
		return exchange.getMultipartData()
			.flatMap(form -> this.items.attach(id, form, caller.subject()))
			.map(item -> ResponseEntity.status(HttpStatus.CREATED)
				.eTag(DocumentVersion.of(item.getSeqNoPrimaryTerm()).etag())
				.body(view(item)));
	}

	@DeleteMapping("/{id}/files/{fileId}")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ResponseEntity<ItemView>> detach(@PathVariable String id, @PathVariable String fileId) {
		return this.items.detach(id, fileId).map(this::withVersion);
	}

	/** A file of a published item (editors: of any item), as a download. */
	@GetMapping("/{slug}/files/{fileId}")
	Mono<ResponseEntity<Flux<DataBuffer>>> download(@PathVariable String slug, @PathVariable String fileId,
			PortalUser caller) {
		return this.items.download(slug, fileId, caller.isEditor()).map(Download::response);
	}

	@PostMapping(path = "/import", consumes = "application/x-ndjson")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ItemImportService.Report> importNdjson(@RequestBody Flux<String> lines) {
		return this.imports.importNdjson(lines);
	}

	@PostMapping(path = "/import", consumes = "text/csv")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ItemImportService.Report> importCsv(ServerWebExchange exchange) {
		return DataBufferUtils.join(exchange.getRequest().getBody(), (int) Math.min(Integer.MAX_VALUE, this.maxImportBytes))
			.map(buffer -> {
				String content = buffer.toString(StandardCharsets.UTF_8);
				DataBufferUtils.release(buffer);
				return content.startsWith("\uFEFF") ? content.substring(1) : content;
			})
			.defaultIfEmpty("")
			.flatMap(this.imports::importCsv);
	}

	private ResponseEntity<ItemView> withVersion(ItemDocument item) {
		return ResponseEntity.ok().eTag(DocumentVersion.of(item.getSeqNoPrimaryTerm()).etag()).body(view(item));
	}

	private ItemView view(ItemDocument item) {
		return this.mapper.toView(item, this.items.bodyHtml(item));
	}

}
