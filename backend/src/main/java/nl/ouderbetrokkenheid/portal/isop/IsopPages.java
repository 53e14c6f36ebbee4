package nl.ouderbetrokkenheid.portal.isop;

import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.pages.PageHead;
import nl.ouderbetrokkenheid.portal.system.pages.PublicPages;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The register's school pages as public pages: only schools whose label is in force. */
@Component
@RequiredArgsConstructor
class IsopPages implements PublicPages {

	private final IsopRegister register;

	private final Taxonomy taxonomy;

	@Override
	public String prefix() {
		return "/isop/";
	}

	@Override
	public Mono<PageHead> head(String slug) {
		return this.register.listed(slug).map(this::head).onErrorResume(PortalException::isNotFound, ex -> Mono.empty());
	}

	private PageHead head(SchoolDocument school) {
		String province = this.taxonomy.terms(Taxonomy.Kind.PROVINCE)
			.stream()
			.filter(term -> term.code().equals(school.getProvince()))
			.map(Taxonomy.Term::nl)
			.findFirst()
			.orElse(school.getProvince());
		String description = "%s in %s (%s) heeft het ISOP-label voor ouderbetrokkenheid.".formatted(school.getName(),
				school.getPlace(), province);
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@type", "EducationalOrganization");
		ld.put("name", school.getName());
		ld.put("description", description);
		ld.put("address", Map.of("@type", "PostalAddress", "addressLocality", school.getPlace(), "addressRegion", province,
				"addressCountry", "NL"));
		ld.put("award", "ISOP-label (Innovatie, School, Ouders, Partnerschap)");
		if (school.getBrin() != null) {
			ld.put("identifier", school.getBrin());
		}
		return new PageHead(school.getName(), description, prefix() + school.getSlug(), "website", ld);
	}

	@Override
	public Flux<Location> all() {
		return this.register.all().map(school -> new Location(prefix() + school.getSlug(), school.getUpdatedAt()));
	}

}
