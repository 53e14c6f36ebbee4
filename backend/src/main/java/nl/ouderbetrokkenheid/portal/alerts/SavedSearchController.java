package nl.ouderbetrokkenheid.portal.alerts;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * A member's saved searches (their own only), and the digest's one-click unsubscribe, which works without a login:
 * its signed token says whose digest it stops.
 */
@RestController
@RequestMapping("/api/saved-searches")
@PreAuthorize("hasRole('MEMBER')")
@RequiredArgsConstructor
class SavedSearchController {

	private final SavedSearchService searches;

	@GetMapping
	Mono<AlertsApi.SavedSearchList> mine(PortalUser caller) {
		return this.searches.mine(caller);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Mono<AlertsApi.SavedSearchView> save(@RequestBody AlertsApi.SavedSearchRequest request, PortalUser caller) {
		return this.searches.save(request, caller);
	}

	@PutMapping("/{id}")
	Mono<AlertsApi.SavedSearchView> change(@PathVariable String id, @RequestBody AlertsApi.FrequencyRequest request,
			PortalUser caller) {
		return this.searches.change(id, request, caller);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> delete(@PathVariable String id, PortalUser caller) {
		return this.searches.delete(id, caller);
	}

	/**
	 * RFC 8058's one-click unsubscribe: mail programs POST here ({@code List-Unsubscribe=One-Click} as the body, no
	 * cookies), as does the app's unsubscribe page. Exempt from login and CSRF: the token is the proof.
	 */
	@PostMapping("/unsubscribe")
	@PreAuthorize("permitAll()")
	Mono<AlertsApi.Unsubscribed> unsubscribe(@RequestParam(required = false) String token) {
		return this.searches.unsubscribe(token);
	}

}
