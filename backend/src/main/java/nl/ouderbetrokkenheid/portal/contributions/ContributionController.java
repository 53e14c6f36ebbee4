package nl.ouderbetrokkenheid.portal.contributions;

import java.net.URI;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.files.Download;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.workflow.DiffView;
import nl.ouderbetrokkenheid.portal.workflow.StepRequest;
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
 * (required for content, optional for steps), as for articles.
 */
@RestController
@RequestMapping("/api/contributions")
@RequiredArgsConstructor
class ContributionController {

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
		WorkflowState wanted;
		try {
			wanted = WorkflowState.valueOf(state.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return Mono.error(new InvalidRequestException("state", Problems.Code.UNKNOWN_CODE,
					"unknown state '" + state + "'"));
		}
		return this.contributions.inState(wanted)
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

	@PostMapping("/{id}/submit")
	@PreAuthorize("hasRole('MEMBER')")
	Mono<ResponseEntity<ContributionsApi.ContributionView>> submit(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody(required = false) StepRequest step, PortalUser caller) {
		return step(id, WorkflowStep.SUBMIT, ifMatch, step, caller);
	}

	@PostMapping("/{id}/request-changes")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ResponseEntity<ContributionsApi.ContributionView>> requestChanges(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody(required = false) StepRequest step, PortalUser caller) {
		return step(id, WorkflowStep.REQUEST_CHANGES, ifMatch, step, caller);
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ResponseEntity<ContributionsApi.ContributionView>> reject(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody(required = false) StepRequest step, PortalUser caller) {
		return step(id, WorkflowStep.REJECT, ifMatch, step, caller);
	}

	@PostMapping("/{id}/publish")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ResponseEntity<ContributionsApi.ContributionView>> publish(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody(required = false) StepRequest step, PortalUser caller) {
		return step(id, WorkflowStep.PUBLISH, ifMatch, step, caller);
	}

	@PostMapping("/{id}/unpublish")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ResponseEntity<ContributionsApi.ContributionView>> unpublish(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody(required = false) StepRequest step, PortalUser caller) {
		return step(id, WorkflowStep.UNPUBLISH, ifMatch, step, caller);
	}

	@GetMapping("/{id}/diff")
	@PreAuthorize("hasRole('MEMBER')")
	Mono<DiffView> diff(@PathVariable String id, @RequestParam(required = false) @Min(0) Integer from,
			@RequestParam(required = false) @Min(1) Integer to, PortalUser caller) {
		return this.contributions.diff(id, caller, from, to);
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

	private Mono<ResponseEntity<ContributionsApi.ContributionView>> step(String id, WorkflowStep step, String ifMatch,
			StepRequest request, PortalUser caller) {
		DocumentVersion expected = (ifMatch != null) ? DocumentVersion.require(ifMatch, "contribution") : null;
		return this.contributions.transition(id, step, caller, expected, (request != null) ? request.comment() : null)
			.map(found -> versioned(found, caller));
	}

	private ResponseEntity<ContributionsApi.ContributionView> versioned(ContributionDocument found, PortalUser viewer) {
		return ResponseEntity.ok()
			.eTag(DocumentVersion.of(found.getSeqNoPrimaryTerm()).etag())
			.body(this.views.view(found, viewer));
	}

}
