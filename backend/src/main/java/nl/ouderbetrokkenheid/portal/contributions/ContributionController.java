package nl.ouderbetrokkenheid.portal.contributions;

import java.net.URI;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.files.Download;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;
import nl.ouderbetrokkenheid.portal.workflow.DiffView;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowEndpoints;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowState;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowStep;

import org.springframework.core.io.buffer.DataBuffer;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Members' contributions: any member writes and submits their own, editors review. Not public: a published
 * contribution is read as its catalogue item. Content writes carry the ETag they were based on in {@code If-Match}
 * (required for content, optional for steps), as for articles; the steps and the diff are the workflow's
 * ({@link WorkflowEndpoints}).
 */
@RestController
@RequestMapping("/api/contributions")
@RequiredArgsConstructor
class ContributionController extends WorkflowEndpoints<ContributionsApi.ContributionView> {

	private static final String[] READERS = { "MEMBER" };

	private final ContributionService contributions;

	private final ContributionViews views;

	@GetMapping("/mine")
	@PreAuthorize("hasRole('MEMBER')")
	Mono<ContributionsApi.ContributionList> mine(PortalUser caller) {
		return this.contributions.mine(caller.subject())
			.concatMap(this.views::summary)
			.collectList()
			.map(ContributionsApi.ContributionList::new);
	}

	@GetMapping("/review")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ContributionsApi.ContributionList> review(@RequestParam(defaultValue = "SUBMITTED") String state) {
		return Mono.fromSupplier(() -> WorkflowState.parse("state", state))
			.flatMapMany(this.contributions::inState)
			.concatMap(this.views::summary)
			.collectList()
			.map(ContributionsApi.ContributionList::new);
	}

	// No @Valid on the body: ContributionRules checks fields and codes after method security has had its say.
	@PostMapping
	@PreAuthorize("hasRole('MEMBER')")
	Mono<ResponseEntity<ContributionsApi.ContributionView>> create(@RequestBody ContributionInput input,
			PortalUser caller) {
		return this.contributions.create(caller, input)
			.map(created -> ResponseEntity.created(URI.create("/api/contributions/" + created.getId()))
				.eTag(DocumentVersion.of(created.getSeqNoPrimaryTerm()).etag())
				.body(this.views.view(created, caller)));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('MEMBER')")
	Mono<ResponseEntity<ContributionsApi.ContributionView>> byId(@PathVariable String id, PortalUser caller) {
		return this.contributions.managed(id, caller).map(found -> versioned(found, caller));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('MEMBER')")
	Mono<ResponseEntity<ContributionsApi.ContributionView>> update(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody ContributionInput input, PortalUser caller) {
		return Mono
			.defer(() -> this.contributions.update(id, caller, DocumentVersion.require(ifMatch, "contribution"), input))
			.map(found -> versioned(found, caller));
	}

	/** Attaches a file (multipart field {@code file}) to the author's editable contribution. */
	@PostMapping("/{id}/files")
	@PreAuthorize("hasRole('MEMBER')")
	Mono<ResponseEntity<ContributionsApi.ContributionView>> attach(@PathVariable String id,
			ServerWebExchange exchange, PortalUser caller) {
		return exchange.getMultipartData()
			.flatMap(form -> this.contributions.attach(id, caller, form))
			.map(found -> ResponseEntity.status(HttpStatus.CREATED)
				.eTag(DocumentVersion.of(found.getSeqNoPrimaryTerm()).etag())
				.body(this.views.view(found, caller)));
	}

	@DeleteMapping("/{id}/files/{fileId}")
	@PreAuthorize("hasRole('MEMBER')")
	Mono<ResponseEntity<ContributionsApi.ContributionView>> detach(@PathVariable String id,
			@PathVariable String fileId, PortalUser caller) {
		return this.contributions.detach(id, caller, fileId).map(found -> versioned(found, caller));
	}

	@GetMapping("/{id}/files/{fileId}")
	@PreAuthorize("hasRole('MEMBER')")
	Mono<ResponseEntity<Flux<DataBuffer>>> download(@PathVariable String id, @PathVariable String fileId,
			PortalUser caller) {
		return this.contributions.download(id, fileId, caller).map(Download::response);
	}

	@Override
	public String getAuthorRole() {
		return "MEMBER";
	}

	@Override
	public String[] getReaderRoles() {
		return READERS.clone();
	}

	@Override
	protected String kind() {
		return ContributionService.KIND;
	}

	@Override
	protected Mono<ResponseEntity<ContributionsApi.ContributionView>> step(String id, WorkflowStep step,
			DocumentVersion expected, String comment, PortalUser caller) {
		return this.contributions.transition(id, step, caller, expected, comment)
			.map(found -> versioned(found, caller));
	}

	@Override
	protected Mono<DiffView> compare(String id, Integer from, Integer to, PortalUser caller) {
		return this.contributions.diff(id, caller, from, to);
	}

	private ResponseEntity<ContributionsApi.ContributionView> versioned(ContributionDocument found, PortalUser viewer) {
		return ResponseEntity.ok()
			.eTag(DocumentVersion.of(found.getSeqNoPrimaryTerm()).etag())
			.body(this.views.view(found, viewer));
	}

}
