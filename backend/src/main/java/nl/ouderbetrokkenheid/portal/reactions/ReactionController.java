package nl.ouderbetrokkenheid.portal.reactions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * Reactions and replies under published items (anyone reads the counts and the visible replies; members react,
 * reply and report), and the editors' moderation queue.
 */
@RestController
@RequiredArgsConstructor
class ReactionController {

	private final ReactionService reactions;

	@GetMapping("/api/reactions/{item}")
	Mono<ReactionsApi.ReactionCounts> counts(@PathVariable @Size(max = 100) String item, PortalUser caller) {
		return this.reactions.counts(item, caller);
	}

	/** Sets the caller's reaction ({@code used} or {@code useful}); idempotent. */
	@PutMapping("/api/reactions/{item}/{kind}")
	@PreAuthorize("hasRole('MEMBER')")
	Mono<ReactionsApi.ReactionCounts> react(@PathVariable @Size(max = 100) String item, @PathVariable String kind,
			PortalUser caller) {
		return Mono.defer(() -> this.reactions.react(item, kind, caller));
	}

	/** Takes the caller's reaction back; idempotent. */
	@DeleteMapping("/api/reactions/{item}/{kind}")
	@PreAuthorize("hasRole('MEMBER')")
	Mono<ReactionsApi.ReactionCounts> withdraw(@PathVariable @Size(max = 100) String item,
			@PathVariable String kind, PortalUser caller) {
		return Mono.defer(() -> this.reactions.withdraw(item, kind, caller));
	}

	@GetMapping("/api/replies")
	Mono<ReactionsApi.ReplyList> replies(@RequestParam @Size(max = 100) String item, PortalUser caller) {
		return this.reactions.replies(item, caller);
	}

	@PostMapping("/api/replies")
	@PreAuthorize("hasRole('MEMBER')")
	Mono<ResponseEntity<ReactionsApi.ReplyView>> reply(@Valid @RequestBody ReactionsApi.ReplyRequest request,
			PortalUser caller) {
		return this.reactions.reply(request, caller).map(view -> ResponseEntity.status(HttpStatus.CREATED).body(view));
	}

	@DeleteMapping("/api/replies/{id}")
	@PreAuthorize("hasRole('MEMBER')")
	Mono<ResponseEntity<Void>> delete(@PathVariable String id, PortalUser caller) {
		return this.reactions.delete(id, caller).thenReturn(ResponseEntity.noContent().build());
	}

	@PostMapping("/api/replies/{id}/report")
	@PreAuthorize("hasRole('MEMBER')")
	Mono<ReactionsApi.ReplyView> report(@PathVariable String id,
			@Valid @RequestBody(required = false) ReactionsApi.ReportRequest request, PortalUser caller) {
		return this.reactions.report(id, request, caller);
	}

	@GetMapping("/api/moderation/replies")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ReactionsApi.ModerationQueue> queue() {
		return this.reactions.queue();
	}

	@PostMapping("/api/moderation/replies/{id}/approve")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ReactionsApi.ModerationEntry> approve(@PathVariable String id) {
		return this.reactions.review(id, true);
	}

	@PostMapping("/api/moderation/replies/{id}/remove")
	@PreAuthorize("hasRole('EDITOR')")
	Mono<ReactionsApi.ModerationEntry> remove(@PathVariable String id) {
		return this.reactions.review(id, false);
	}

}
