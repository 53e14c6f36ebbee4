package nl.ouderbetrokkenheid.portal.experts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.pages.PageHead;
import nl.ouderbetrokkenheid.portal.system.pages.PublicPages;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Listed experts' profiles as public pages. */
@Component
@RequiredArgsConstructor
class ExpertPages implements PublicPages {

	private final ExpertService experts;

	private final Taxonomy taxonomy;

	@Override
	public String prefix() {
		return "/experts/";
	}

	@Override
	public Mono<PageHead> head(String slug) {
		return this.experts.bySlug(slug).map(this::head).onErrorResume(PortalException::isNotFound, ex -> Mono.empty());
	}

	private PageHead head(ExpertDocument expert) {
		List<String> topics = this.taxonomy.terms(Taxonomy.Kind.PARTNERSHIP)
			.stream()
			.filter(term -> expert.getPartnerships().contains(term.code()))
			.map(Taxonomy.Term::nl)
			.toList();
		String description = (expert.getBio() != null && !expert.getBio().isBlank()) ? PageHead.summary(expert.getBio())
				: "Expert in " + String.join(", ", topics).toLowerCase(java.util.Locale.ROOT) + ".";
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@type", "Person");
		ld.put("name", expert.getName());
		ld.put("description", description);
		if (expert.getOrganisation() != null) {
			ld.put("worksFor", Map.of("@type", "Organization", "name", expert.getOrganisation()));
		}
		if (!topics.isEmpty()) {
			ld.put("knowsAbout", topics);
		}
		if (expert.getPhotoUrl() != null) {
			ld.put("image", expert.getPhotoUrl());
		}
		return new PageHead(expert.getName(), description, prefix() + expert.getSlug(), "profile", ld);
	}

	@Override
	public Flux<Location> all() {
		return this.experts.listed().map(expert -> new Location(prefix() + expert.getSlug(), expert.getUpdatedAt()));
	}

}
