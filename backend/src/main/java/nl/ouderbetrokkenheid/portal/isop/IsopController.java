package nl.ouderbetrokkenheid.portal.isop;

import java.net.URI;
import java.time.Clock;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * ISOP dossiers, for those who work on them: school contacts (their own school), assessors (dossiers assigned to
 * them), editors and administrators (all; they assign assessors). Someone else's dossier answers 404. Bodies carry no
 * {@code @Valid}: {@link IsopRules} checks them after method security has had its say.
 */
@RestController
@RequestMapping("/api/isop")
@RequiredArgsConstructor
class IsopController {

	private static final String WORKERS = "hasAnyRole('SCHOOL_CONTACT', 'ASSESSOR', 'EDITOR', 'ADMIN')";

	private final IsopService isop;

	private final Clock clock;

	@GetMapping("/dossiers")
	@PreAuthorize(WORKERS)
	Mono<IsopViews.DossierList> dossiers(PortalUser caller) {
		return this.isop.dossiers(caller)
			.map(school -> IsopViews.summary(school, this.clock.instant()))
			.collectList()
			.map(IsopViews.DossierList::new);
	}

	@PostMapping("/dossiers")
	@PreAuthorize("hasRole('SCHOOL_CONTACT')")
	Mono<ResponseEntity<IsopViews.DossierView>> apply(@RequestBody(required = false) SchoolApplication input,
			PortalUser caller) {
		return this.isop.apply(caller, input)
			.map(school -> ResponseEntity.created(URI.create("/api/isop/dossiers/" + school.getId()))
				.body(view(school, caller)));
	}

	@GetMapping("/dossiers/{id}")
	@PreAuthorize(WORKERS)
	Mono<IsopViews.DossierView> dossier(@PathVariable String id, PortalUser caller) {
		return this.isop.dossier(id, caller).map(school -> view(school, caller));
	}

	@DeleteMapping("/dossiers/{id}")
	@PreAuthorize("hasAnyRole('SCHOOL_CONTACT', 'EDITOR', 'ADMIN')")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id, PortalUser caller) {
		return this.isop.delete(id, caller).then(Mono.just(ResponseEntity.noContent().build()));
	}

	@PostMapping("/dossiers/{id}/submit")
	@PreAuthorize("hasRole('SCHOOL_CONTACT')")
	Mono<IsopViews.DossierView> submit(@PathVariable String id, PortalUser caller) {
		return this.isop.submit(id, caller).map(school -> view(school, caller));
	}

	@PostMapping("/dossiers/{id}/restart")
	@PreAuthorize("hasRole('SCHOOL_CONTACT')")
	Mono<IsopViews.DossierView> restart(@PathVariable String id, PortalUser caller) {
		return this.isop.restart(id, caller).map(school -> view(school, caller));
	}

	@PutMapping("/dossiers/{id}/consent")
	@PreAuthorize("hasRole('SCHOOL_CONTACT')")
	Mono<IsopViews.DossierView> consent(@PathVariable String id, @RequestBody(required = false) ConsentInput input,
			PortalUser caller) {
		return this.isop.consent(id, caller, input).map(school -> view(school, caller));
	}

	@PutMapping("/dossiers/{id}/links")
	@PreAuthorize("hasRole('SCHOOL_CONTACT')")
	Mono<IsopViews.DossierView> links(@PathVariable String id, @RequestBody(required = false) LinksInput input,
			PortalUser caller) {
		return this.isop.links(id, caller, input).map(school -> view(school, caller));
	}

	@GetMapping("/dossiers/{id}/links")
	@PreAuthorize(WORKERS)
	Mono<IsopViews.LinksView> linked(@PathVariable String id, PortalUser caller) {
		return this.isop.linked(id, caller);
	}

	@PostMapping("/dossiers/{id}/sections/{guideline}/evidence")
	@PreAuthorize("hasAnyRole('SCHOOL_CONTACT', 'ASSESSOR')")
	Mono<ResponseEntity<IsopViews.DossierView>> addEvidence(@PathVariable String id, @PathVariable String guideline,
			@RequestBody(required = false) EvidenceInput input, PortalUser caller) {
		return this.isop.addEvidence(id, guideline, caller, input)
			.map(school -> ResponseEntity.status(HttpStatus.CREATED).body(view(school, caller)));
	}

	/** Uploads a document (multipart field {@code file}); the body is read after method security. */
	@PostMapping("/dossiers/{id}/sections/{guideline}/files")
	@PreAuthorize("hasRole('SCHOOL_CONTACT')")
	Mono<ResponseEntity<IsopViews.DossierView>> upload(@PathVariable String id, @PathVariable String guideline,
			ServerWebExchange exchange, PortalUser caller) {
		return exchange.getMultipartData()
			.flatMap(form -> this.isop.upload(id, guideline, caller, form))
			.map(school -> ResponseEntity.status(HttpStatus.CREATED).body(view(school, caller)));
	}

	@DeleteMapping("/dossiers/{id}/evidence/{evidenceId}")
	@PreAuthorize("hasRole('SCHOOL_CONTACT')")
	Mono<IsopViews.DossierView> removeEvidence(@PathVariable String id, @PathVariable String evidenceId,
			PortalUser caller) {
		return this.isop.removeEvidence(id, evidenceId, caller).map(school -> view(school, caller));
	}

	@GetMapping("/dossiers/{id}/files/{fileId}")
	@PreAuthorize(WORKERS)
	Mono<ResponseEntity<Flux<DataBuffer>>> download(@PathVariable String id, @PathVariable String fileId,
			PortalUser caller) {
		return this.isop.download(id, fileId, caller).map(download -> download.response());
	}

	@GetMapping("/assessors")
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
	Mono<IsopViews.AssessorList> assessors() {
		return this.isop.assessors().map(IsopViews.AssessorList::new);
	}

	@PostMapping("/dossiers/{id}/assign")
	@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
	Mono<IsopViews.DossierView> assign(@PathVariable String id, @RequestBody(required = false) AssignInput input,
			PortalUser caller) {
		return this.isop.assign(id, caller, input).map(school -> view(school, caller));
	}

	@PostMapping("/dossiers/{id}/visits")
	@PreAuthorize("hasRole('ASSESSOR')")
	Mono<ResponseEntity<IsopViews.DossierView>> planVisit(@PathVariable String id,
			@RequestBody(required = false) VisitInput input, PortalUser caller) {
		return this.isop.planVisit(id, caller, input)
			.map(school -> ResponseEntity.status(HttpStatus.CREATED).body(view(school, caller)));
	}

	@PutMapping("/dossiers/{id}/sections/{guideline}/finding")
	@PreAuthorize("hasRole('ASSESSOR')")
	Mono<IsopViews.DossierView> finding(@PathVariable String id, @PathVariable String guideline,
			@RequestBody(required = false) FindingInput input, PortalUser caller) {
		return this.isop.recordFinding(id, guideline, caller, input).map(school -> view(school, caller));
	}

	/** The assessor's decision, one endpoint for the three: {@code award}, {@code ask-more} or {@code decline}. */
	@PostMapping("/dossiers/{id}/{decision:award|ask-more|decline}")
	@PreAuthorize("hasRole('ASSESSOR')")
	Mono<IsopViews.DossierView> decide(@PathVariable String id, @PathVariable String decision,
			@RequestBody(required = false) DecisionInput input, PortalUser caller) {
		return this.isop.decide(id, Track.Action.of(decision), caller, input).map(school -> view(school, caller));
	}

	private IsopViews.DossierView view(SchoolDocument school, PortalUser caller) {
		return IsopViews.view(school, caller, this.clock.instant());
	}

}
