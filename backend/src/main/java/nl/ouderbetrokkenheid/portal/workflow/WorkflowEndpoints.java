package nl.ouderbetrokkenheid.portal.workflow;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.system.DocumentVersion;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import reactor.core.publisher.Mono;

/**
 * The workflow's endpoints, declared once for every kind of writing: below the controller's own mapping,
 * {@code POST {id}/submit}, {@code request-changes}, {@code reject}, {@code publish} and {@code unpublish} (an optional
 * comment; the ETag the step was based on, optionally, in {@code If-Match}) and {@code GET {id}/diff}. A feature's
 * {@code @RestController} extends this class and says who writes ({@link #getAuthorRole()}) and who may read a diff
 * ({@link #getReaderRoles()}); editors take the decisions. The methods are public so that method security's proxy
 * sees them from the feature's package.
 *
 * @param <V> the feature's view of a document, answered with its ETag
 */
public abstract class WorkflowEndpoints<V> {

	/** The role that writes and submits this kind ({@code EXPERT}, {@code MEMBER}), for {@code @PreAuthorize}. */
	public abstract String getAuthorRole();

	/** The roles that may read the diff between versions (their own, or as editors). */
	public abstract String[] getReaderRoles();

	/** {@code kind} names the writing in the 412 and 428 problems ({@code article}). */
	protected abstract String kind();

	/** Takes the step on the document and answers its view with the new ETag. */
	protected abstract Mono<ResponseEntity<V>> step(String id, WorkflowStep step, DocumentVersion expected,
			String comment, PortalUser caller);

	/** What changed between two submitted versions ({@link WorkflowSteps#diff}). */
	protected abstract Mono<DiffView> compare(String id, Integer from, Integer to, PortalUser caller);

	/**
	 * One endpoint for every step, {@code POST {id}/submit}, {@code request-changes}, ...: the author submits, editors
	 * take the others.
	 */
	@PostMapping("/{id}/{step:submit|request-changes|reject|publish|unpublish}")
	@PreAuthorize("hasRole(#step == 'submit' ? this.authorRole : 'EDITOR')")
	public Mono<ResponseEntity<V>> take(@PathVariable String id, @PathVariable String step,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody(required = false) StepRequest request, PortalUser caller) {
		DocumentVersion expected = (ifMatch != null) ? DocumentVersion.require(ifMatch, kind()) : null;
		return step(id, WorkflowStep.valueOf(step.toUpperCase(Locale.ROOT).replace('-', '_')), expected,
				(request != null) ? request.comment() : null, caller);
	}

	@GetMapping("/{id}/diff")
	@PreAuthorize("hasAnyRole(this.readerRoles)")
	public Mono<DiffView> diff(@PathVariable String id, @RequestParam(required = false) @Min(0) Integer from,
			@RequestParam(required = false) @Min(1) Integer to, PortalUser caller) {
		return compare(id, from, to, caller);
	}

}
