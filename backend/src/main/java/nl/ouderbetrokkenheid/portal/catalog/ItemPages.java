package nl.ouderbetrokkenheid.portal.catalog;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.pages.PageHead;
import nl.ouderbetrokkenheid.portal.system.pages.PublicPages;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;

import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.data.elasticsearch.core.query.FetchSourceFilter;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Published items as public pages: their heads, and the sitemap in pages of {@link #SITEMAP_PAGE_SIZE} in slug
 * order. Elasticsearch pages that far only by continuing after a sort value, so where each sitemap page starts is
 * found by one walk over the slugs, kept for half an hour (crawlers ask for the pages one after another).
 */
@Component
class ItemPages implements PublicPages {

	private final ItemService items;

	private final ReactiveElasticsearchOperations operations;

	private final Taxonomy taxonomy;

	private final Mono<List<String>> pageStarts;

	ItemPages(ItemService items, ReactiveElasticsearchOperations operations, Taxonomy taxonomy) {
		this.items = items;
		this.operations = operations;
		this.taxonomy = taxonomy;
		this.pageStarts = walk().cache(starts -> Duration.ofMinutes(30), error -> Duration.ZERO, () -> Duration.ZERO);
	}

	@Override
	public String prefix() {
		return "/items/";
	}

	@Override
	public Mono<PageHead> head(String slug) {
		return this.items.bySlug(slug, false).map(this::head).onErrorResume(PortalException::isNotFound,
				ex -> Mono.empty());
	}

	private PageHead head(ItemDocument item) {
		String description = PageHead.summary((item.getSummary() != null) ? item.getSummary() : item.getBody());
		Map<String, Object> ld = new LinkedHashMap<>();
		// A practice example is told as a story (an article); tools and publications are works one uses or reads.
		ld.put("@type", "PRACTICE_EXAMPLE".equals(item.getType()) ? "Article" : "CreativeWork");
		ld.put("headline", item.getTitle());
		ld.put("name", item.getTitle());
		ld.put("description", description);
		ld.put("inLanguage", (item.getLanguage() != null) ? item.getLanguage() : "nl");
		this.taxonomy.terms(Taxonomy.Kind.CONTENT_TYPE)
			.stream()
			.filter(term -> term.code().equals(item.getType()))
			.findFirst()
			.ifPresent(term -> ld.put("genre", term.nl()));
		List<String> about = new ArrayList<>();
		for (Taxonomy.Term term : this.taxonomy.terms(Taxonomy.Kind.PARTNERSHIP)) {
			if (item.getPartnerships() != null && item.getPartnerships().contains(term.code())) {
				about.add(term.nl());
			}
		}
		if (!about.isEmpty()) {
			ld.put("about", about);
		}
		if (item.getAuthor() != null) {
			ld.put("author", Map.of("@type", "Person", "name", item.getAuthor()));
		}
		if (item.getOrganisation() != null) {
			ld.put("publisher", Map.of("@type", "Organization", "name", item.getOrganisation()));
		}
		if (item.getPublishedAt() != null) {
			ld.put("datePublished", item.getPublishedAt().toString());
		}
		if (item.getUpdatedAt() != null) {
			ld.put("dateModified", item.getUpdatedAt().toString());
		}
		if (item.getLicence() != null) {
			ld.put("license", item.getLicence());
		}
		return new PageHead(item.getTitle(), description, prefix() + item.getSlug(), "article", ld);
	}

	@Override
	public Mono<Integer> sitemapPages() {
		return this.pageStarts.map(List::size);
	}

	@Override
	public Flux<Location> sitemap(int page) {
		return this.pageStarts.flatMapMany(starts -> (page < 0 || page >= starts.size()) ? Flux.empty()
				: slugs(starts.get(page)).map(hit -> {
					ItemDocument item = hit.getContent();
					return new Location(prefix() + item.getSlug(), (item.getUpdatedAt() != null) ? item.getUpdatedAt()
							: (item.getPublishedAt() != null) ? item.getPublishedAt().atTime(LocalTime.NOON)
								.toInstant(ZoneOffset.UTC) : null);
				}));
	}

	/** Where each sitemap page starts: after this slug (the empty string for the first page); none when none. */
	private Mono<List<String>> walk() {
		return Mono.defer(() -> {
			List<String> starts = new ArrayList<>(List.of(""));
			return page("").expand(hits -> {
				if (hits.size() < SITEMAP_PAGE_SIZE) {
					return Mono.empty();
				}
				String last = hits.getLast().getContent().getSlug();
				starts.add(last);
				return page(last);
			})
				.filter(hits -> !hits.isEmpty())
				.count()
				.map(pages -> List.copyOf(starts.subList(0, pages.intValue())));
		});
	}

	private Mono<List<SearchHit<ItemDocument>>> page(String after) {
		return slugs(after).collectList();
	}

	/** One sitemap page of published items' slugs and dates, after the given slug. */
	private Flux<SearchHit<ItemDocument>> slugs(String after) {
		var query = NativeQuery.builder()
			.withQuery(q -> q.term(t -> t.field("published").value(true)))
			.withSort(Sort.by("slug"))
			.withSourceFilter(new FetchSourceFilter(true, new String[] { "slug", "updatedAt", "publishedAt" }, null))
			.withMaxResults(SITEMAP_PAGE_SIZE);
		if (!after.isEmpty()) {
			query.withSearchAfter(List.of(after));
		}
		return this.operations.search(query.build(), ItemDocument.class);
	}

}
