package nl.ouderbetrokkenheid.portal.taxonomy;

import java.time.Duration;

import lombok.RequiredArgsConstructor;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

@RestController
@RequiredArgsConstructor
class TaxonomyController {

	private final Taxonomy taxonomy;

	@GetMapping("/api/taxonomy")
	Mono<ResponseEntity<Taxonomy.Codes>> taxonomy() {
		return Mono.just(ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.body(this.taxonomy.codes()));
	}

}
