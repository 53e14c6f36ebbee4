package nl.ouderbetrokkenheid.portal.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import nl.ouderbetrokkenheid.portal.system.PortalException;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexNames;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;

import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Ways into the catalogue besides a search: autocomplete, related items and the 5x6 model with its counts.
 */
@Service
class BrowseService {

	record Suggestion(String text, String kind, String slug, String facet, String value) {
	}

	record ModelCell(String partnership, String aspect, String question, String questionEn, long count) {
	}

	record Model(String sector, List<ModelCell> cells) {
	}

	private static final int SUGGESTIONS = 8;

	private static final int TERM_SUGGESTIONS = 3;

	private static final int RELATED = 5;

	private final ReactiveElasticsearchClient client;

	private final String index;

	private final Taxonomy taxonomy;

	BrowseService(ReactiveElasticsearchClient client, IndexNames names, Taxonomy taxonomy) {
		this.client = client;
		this.index = names.alias("items");
		this.taxonomy = taxonomy;
	}

	/** Titles that complete what was typed (tolerating a typo), and taxonomy terms with a word starting with it. */
	Mono<List<Suggestion>> suggestions(String prefix) {
		String folded = TextNormalizer.fold(prefix);
		List<Suggestion> terms = termSuggestions(folded);
		if (folded.length() < 2) {
			return Mono.just(terms);
		}
		return Mono.defer(() -> this.client.search(s -> s.index(this.index)
			.source(src -> src.filter(f -> f.includes("slug", "title")))
			.suggest(g -> g.suggesters("titles", sg -> sg.prefix(folded)
				.completion(c -> c.field("suggest")
					.size(SUGGESTIONS)
					.skipDuplicates(true)
					.fuzzy(z -> z.fuzziness((folded.length() >= 4) ? "1" : "0").prefixLength(2))))),
				ItemSource.class))
			.map(response -> {
				List<Suggestion> suggestions = new ArrayList<>();
				response.suggest().getOrDefault("titles", List.of()).forEach(entry -> {
					for (CompletionSuggestOption<ItemSource> option : entry.completion().options()) {
						if (option.source() != null) {
							suggestions.add(new Suggestion(option.source().title(), "item", option.source().slug(),
									null, null));
						}
					}
				});
				suggestions.addAll(terms);
				return suggestions;
			});
	}

	private List<Suggestion> termSuggestions(String folded) {
		List<Suggestion> suggestions = new ArrayList<>();
		if (folded.isEmpty()) {
			return suggestions;
		}
		Taxonomy.Codes codes = this.taxonomy.codes();
		addTerms(suggestions, folded, "partnership", codes.partnerships());
		addTerms(suggestions, folded, "aspect", codes.aspects());
		addTerms(suggestions, folded, "sector", codes.sectors());
		addTerms(suggestions, folded, "type", codes.contentTypes());
		return suggestions.subList(0, Math.min(TERM_SUGGESTIONS, suggestions.size()));
	}

	private static void addTerms(List<Suggestion> suggestions, String folded, String facet, List<Taxonomy.Term> terms) {
		for (Taxonomy.Term term : terms) {
			String label = TextNormalizer.fold(term.nl());
			if (label.startsWith(folded) || label.contains(" " + folded)) {
				suggestions.add(new Suggestion(term.nl(), "term", null, facet, term.code()));
			}
		}
	}

	/** Items like this one: similar words, and the same partnerships, aspects and sectors. */
	Mono<List<SearchResult.Hit>> related(String slug) {
		return Mono.defer(() -> this.client.search(s -> s.index(this.index)
			.size(1)
			.source(src -> src.filter(f -> f.includes(ItemSource.FIELDS)))
			.query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("slug").value(slug)))
				.filter(f -> f.term(t -> t.field("published").value(true))))), ItemSource.class))
			.flatMap(response -> response.hits().hits().isEmpty()
					? Mono.error(new PortalException(HttpStatus.NOT_FOUND, "item-not-found", "Item not found",
							"There is no such item in the catalogue."))
					: Mono.just(response.hits().hits().getFirst()))
			.flatMap(item -> Mono.defer(() -> this.client.search(s -> s.index(this.index)
				.size(RELATED)
				.source(src -> src.filter(f -> f.includes(ItemSource.FIELDS)))
				.query(q -> q.bool(b -> b.should(sh -> sh.moreLikeThis(m -> m.fields("title", "summary", "bodyText")
					.like(l -> l.document(d -> d.index(this.index).id(item.id())))
					.minTermFreq(1)
					.minDocFreq(1)
					.maxQueryTerms(25)
					.minimumShouldMatch("20%")))
					.should(tags("partnerships", item.source().partnerships(), 1.5f))
					.should(tags("aspects", item.source().aspects(), 1f))
					.should(tags("sectors", item.source().sectors(), 1f))
					.minimumShouldMatch("1")
					.filter(f -> f.term(t -> t.field("published").value(true)))
					.mustNot(n -> n.ids(i -> i.values(item.id()))))), ItemSource.class)))
			.map(response -> response.hits()
				.hits()
				.stream()
				.map(hit -> new SearchResult.Hit(hit.id(), hit.source().slug(), hit.source().type(),
						hit.source().title(), hit.source().summary(), hit.source().partnerships(),
						hit.source().aspects(), hit.source().sectors(), hit.source().region(),
						hit.source().organisation(), hit.source().publishedAt(), Boolean.TRUE.equals(hit.source().demo()), null))
				.toList());
	}

	private static Query tags(String field, List<String> values, float boost) {
		List<FieldValue> terms = (values != null) ? values.stream().map(FieldValue::of).toList() : List.of();
		return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(terms)).boost(boost)));
	}

	/** The 30 cells of the model with their questions and how many published items each has. */
	Mono<Model> model(String sector) {
		return Mono.defer(() -> this.client.search(s -> s.index(this.index)
			.size(0)
			.query(q -> q.bool(b -> {
				b.filter(f -> f.term(t -> t.field("published").value(true)));
				if (sector != null) {
					b.filter(f -> f.term(t -> t.field("sectors").value(sector)));
				}
				return b;
			}))
			.aggregations("partnerships", a -> a.terms(t -> t.field("partnerships").size(10))
				.aggregations("aspects", sub -> sub.terms(t -> t.field("aspects").size(10)))), Void.class))
			.map(response -> {
				Map<String, Long> counts = new HashMap<>();
				for (StringTermsBucket partnership : response.aggregations()
					.get("partnerships")
					.sterms()
					.buckets()
					.array()) {
					for (StringTermsBucket aspect : partnership.aggregations().get("aspects").sterms().buckets().array()) {
						counts.put(partnership.key().stringValue() + "/" + aspect.key().stringValue(), aspect.docCount());
					}
				}
				List<ModelCell> cells = this.taxonomy.codes()
					.cells()
					.stream()
					.map(cell -> new ModelCell(cell.partnership(), cell.aspect(), cell.question(), cell.questionEn(),
							counts.getOrDefault(cell.partnership() + "/" + cell.aspect(), 0L)))
					.toList();
				return new Model(sector, cells);
			});
	}

}
