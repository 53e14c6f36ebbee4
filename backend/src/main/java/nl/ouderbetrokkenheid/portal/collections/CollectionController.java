package nl.ouderbetrokkenheid.portal.collections;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** A member's collections (their own only), and a shared collection read through its link, for anyone. */
@RestController
@PreAuthorize("hasRole('MEMBER')")
@RequiredArgsConstructor
class CollectionController {

	private final CollectionService collections;

	@GetMapping("/api/collections")
	Mono<CollectionsApi.CollectionList> mine(PortalUser caller) {
		return this.collections.mine(caller);
	}

	@PostMapping("/api/collections")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<CollectionsApi.CollectionView> create(@RequestBody CollectionsApi.CollectionRequest request,
			PortalUser caller) {
		return this.collections.create(request, caller);
	}

	@GetMapping("/api/collections/{id}")
	Mono<CollectionsApi.CollectionView> get(@PathVariable String id, PortalUser caller) {
		return this.collections.get(id, caller);
	}

	@PutMapping("/api/collections/{id}")
	Mono<CollectionsApi.CollectionView> rename(@PathVariable String id,
			@RequestBody CollectionsApi.CollectionRequest request, PortalUser caller) {
		return this.collections.rename(id, request, caller);
	}

	@DeleteMapping("/api/collections/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> delete(@PathVariable String id, PortalUser caller) {
		return this.collections.delete(id, caller);
	}

	@PutMapping("/api/collections/{id}/items/{itemId}")
	Mono<CollectionsApi.CollectionView> add(@PathVariable String id, @PathVariable String itemId, PortalUser caller) {
		return this.collections.add(id, itemId, caller);
	}

	@DeleteMapping("/api/collections/{id}/items/{itemId}")
	Mono<CollectionsApi.CollectionView> remove(@PathVariable String id, @PathVariable String itemId,
			PortalUser caller) {
		return this.collections.remove(id, itemId, caller);
	}

	@PostMapping("/api/collections/{id}/share")
	Mono<CollectionsApi.CollectionView> share(@PathVariable String id, PortalUser caller) {
		return this.collections.share(id, caller);
	}

	@DeleteMapping("/api/collections/{id}/share")
	Mono<CollectionsApi.CollectionView> unshare(@PathVariable String id, PortalUser caller) {
		return this.collections.unshare(id, caller);
	}

	/** The read-only link: the token is the permission, so no login. */
	@GetMapping("/api/shared-collections/{token}")
	@PreAuthorize("permitAll()")
	Mono<CollectionsApi.SharedCollection> shared(@PathVariable String token) {
		return this.collections.shared(token);
	}

}
