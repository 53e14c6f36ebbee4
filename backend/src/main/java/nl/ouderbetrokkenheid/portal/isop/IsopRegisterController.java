package nl.ouderbetrokkenheid.portal.isop;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy.Kind;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** The public register of schools with an ISOP label in force: read-only, for everyone. */
@RestController
@RequestMapping("/api/isop/schools")
@RequiredArgsConstructor
class IsopRegisterController {

	private final IsopRegister register;

	private final Taxonomy taxonomy;

	@GetMapping
	Mono<IsopViews.RegisterPage> search(@RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(required = false) List<String> province, @RequestParam(required = false) List<String> sector,
			@RequestParam(defaultValue = "0") @Min(0) @Max(100) int page) {
		List<Problems.FieldError> errors = new ArrayList<>();
		List<String> provinces = this.taxonomy.selected("province", Kind.PROVINCE, province, errors);
		List<String> sectors = this.taxonomy.selected("sector", Kind.SECTOR, sector, errors);
		if (!errors.isEmpty()) {
			return Mono.error(new InvalidRequestException(errors));
		}
		return this.register.search(q, provinces, sectors, page);
	}

	@GetMapping("/{slug}")
	Mono<IsopViews.SchoolPage> school(@PathVariable String slug) {
		return this.register.page(slug);
	}

}
