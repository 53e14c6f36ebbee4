package nl.ouderbetrokkenheid.portal.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.ouderbetrokkenheid.portal.search.TextQuery.Strictness;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
import org.springframework.web.util.HtmlUtils;

import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Turns search criteria into one Elasticsearch request (typed queries only: no user text ever reaches a query
 * language) and its answer into results, facets and help.
 */
@Service
class SearchService {

	// Past this, Elasticsearch answers with what it found so far instead of holding the connection until the client's
	// socket timeout (30 s) turns a busy moment into errors.
	private static final String SEARCH_TIMEOUT = "10s";

	private static final String PRE_TAG = "<mark>";

	private static final String POST_TAG = "</mark>";

	private final ItemSearches items;

	private final SearchMisses misses;

	private final Taxonomy taxonomy;

	private final MeterRegistry meters;

	/** Searches by whether they had words and whether they found anything: latency and the zero-result rate. */
	private final Map<String, Timer> timers = new LinkedHashMap<>();

	SearchService(ItemSearches items, SearchMisses misses, Taxonomy taxonomy, MeterRegistry meters) {
		this.items = items;
		this.misses = misses;
		this.taxonomy = taxonomy;
		this.meters = meters;
		for (String kind : List.of("text", "browse")) {
			for (String results : List.of("some", "none")) {
				this.timers.put(kind + results, Timer.builder("portal.search")
					.description("Catalogue searches, by kind (words or filters only) and whether anything was found")
					.tag("kind", kind)
					.tag("results", results)
					.register(meters));
			}
		}
	}

	/**
	 * The catalogue's text fields, for {@link TextQuery}. The phrase ranks in the title and summary only: in the body
	 * it read positions for every item with all the words (a quarter of a search's time at 100,000 items) and ranked
	 * no better on the judged queries (docs/search-quality.md).
	 */
	static final TextQuery TEXT = new TextQuery(List.of("title^3", "summary^2", "bodyText", "organisation"),
			List.of("title.plain^2", "summary.plain", "bodyText.plain"), List.of("title^4", "summary^2"),
			List.of("attachmentText"));

	/**
	 * The words as typed first, which is one cheap query for nearly every search; only when that finds nothing, the
	 * looser readings one after another: a long word split into the compound parts the catalogue writes apart, then
	 * typos allowed, then fewer of the words, then the corrected spelling.
	 */
	Mono<SearchResult> search(SearchCriteria criteria) {
		return Mono.defer(() -> {
			Timer.Sample sample = Timer.start(this.meters);
			return searchUntimed(criteria).doOnNext(result -> sample.stop(this.timers
				.get((criteria.hasText() ? "text" : "browse") + ((result.total() > 0) ? "some" : "none"))));
		});
	}

	private Mono<SearchResult> searchUntimed(SearchCriteria criteria) {
		if (!criteria.hasText()) {
			return execute(criteria, List.of(), Strictness.EXACT);
		}
		List<String> readings = TextQuery.readings(criteria.text());
		return execute(criteria, readings, Strictness.EXACT)
			.flatMap(exact -> (exact.total() > 0) ? Mono.just(exact) : split(criteria, readings))
			.flatMap(result -> {
				boolean firstLook = criteria.page() == 0 && criteria.after() == null;
				// Only the words count as a miss: text that finds nothing because of the filters is no gap in the
				// catalogue. A search that found something only when read loosely is a miss too: the catalogue does
				// not say it in the person's words.
				boolean unfiltered = criteria.selected().values().stream().allMatch(List::isEmpty)
						&& criteria.from() == null && criteria.to() == null;
				if ((result.total() == 0 || result.relaxed() != null) && firstLook && unfiltered) {
					return this.misses.record(criteria.text()).onErrorComplete().thenReturn(result);
				}
				return Mono.just(result);
			});
	}

	/**
	 * Nothing for the words as typed: perhaps a compound written together that the catalogue writes apart, so each
	 * long word split before a compound part the dictionary knows, every part required (the same words, so not
	 * labelled as relaxed); then looser readings.
	 */
	private Mono<SearchResult> split(SearchCriteria criteria, List<String> readings) {
		List<String> splits = QueryText.splitCompounds(criteria.text());
		if (splits.isEmpty()) {
			return relaxed(criteria, readings);
		}
		List<String> withSplits = new ArrayList<>(readings);
		withSplits.addAll(splits);
		return execute(criteria, withSplits, Strictness.EXACT)
			.flatMap(found -> (found.total() > 0) ? Mono.just(found) : relaxed(criteria, readings));
	}

	/**
	 * The same words with typos allowed, labelled with the index's spelling when it has one; then fewer of the words;
	 * then the corrected spelling.
	 */
	private Mono<SearchResult> relaxed(SearchCriteria criteria, List<String> readings) {
		return execute(criteria, readings, Strictness.FORGIVING).flatMap(typos -> {
			String corrected = typos.didYouMean();
			if (typos.total() > 0) {
				return Mono.just((corrected == null) ? typos : typos.relaxedTo(
						new SearchResult.Relaxed(SearchResult.Relaxed.Reason.SPELLING, corrected), corrected));
			}
			return execute(criteria, readings, Strictness.RELAXED).flatMap(fewer -> {
				if (fewer.total() > 0) {
					return Mono.just(fewer.relaxedTo(
							new SearchResult.Relaxed(SearchResult.Relaxed.Reason.FEWER_WORDS, criteria.text()), corrected));
				}
				if (corrected == null) {
					return Mono.just(typos);
				}
				SearchCriteria spelled = criteria.withText(corrected);
				return execute(spelled, TextQuery.readings(corrected), Strictness.RELAXED)
					.map(respelled -> (respelled.total() > 0) ? respelled.relaxedTo(
							new SearchResult.Relaxed(SearchResult.Relaxed.Reason.SPELLING, corrected), corrected)
							: typos);
			});
		});
	}

	private Mono<SearchResult> execute(SearchCriteria criteria, List<String> readings, Strictness strictness) {
		SearchRequest request = request(criteria, readings, strictness);
		return this.items.search(request).map(answer -> result(criteria, answer, strictness));
	}

	/**
	 * What a search for these criteria matches as its first reading (the words as typed), results and filters in one
	 * query: a saved search stores it, so what it matches later is what the search page showed.
	 */
	static Query matching(SearchCriteria criteria) {
		List<String> readings = criteria.hasText() ? TextQuery.readings(criteria.text()) : List.of();
		Query query = query(criteria, readings, Strictness.EXACT);
		Query filters = facetFilter(criteria, null);
		return Query.of(q -> q.bool(b -> b.must(query).filter(filters)));
	}

	private SearchRequest request(SearchCriteria criteria, List<String> readings, Strictness strictness) {
		Query query = query(criteria, readings, strictness);
		return SearchRequest.of(s -> {
			s.query(query)
				.postFilter(facetFilter(criteria, null))
				.size(criteria.size())
				.trackTotalHits(t -> t.enabled(true))
				.timeout(SEARCH_TIMEOUT)
				.source(src -> src.filter(f -> f.includes(ItemSource.FIELDS)));
			boolean byScore = criteria.sort() == SearchCriteria.Sort.RELEVANCE && criteria.hasText();
			if (byScore) {
				s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
			}
			s.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)))
				.sort(o -> o.field(f -> f.field("slug").order(SortOrder.Asc)));
			if (criteria.after() != null) {
				s.searchAfter(Cursors.fieldValues(criteria.after()));
			}
			else {
				s.from(criteria.page() * criteria.size());
			}
			for (SearchCriteria.Facet facet : SearchCriteria.Facet.values()) {
				s.aggregations("facet_" + facet.parameter(), a -> a.filter(facetFilter(criteria, facet))
					.aggregations("values", v -> v.terms(t -> t.field(facet.field()).size(50))));
			}
			if (criteria.hasText()) {
				// The analysed fields hold every exact match; the plain ones only add typo matches, so they are
				// highlighted only when typos were allowed. Offsets in the index spare re-analysing the text.
				s.highlight(h -> {
					h.preTags(PRE_TAG)
						.postTags(POST_TAG)
						.encoder(HighlighterEncoder.Html)
						.fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))))
						.fields(NamedValue.of("bodyText", HighlightField.of(f -> f.fragmentSize(160).numberOfFragments(2))))
						// The passage of an attached file that matched, so a result found by its PDF shows why.
						.fields(NamedValue.of("attachmentText",
								HighlightField.of(f -> f.fragmentSize(160).numberOfFragments(1).noMatchSize(0))));
					if (strictness.typos()) {
						h.fields(NamedValue.of("title.plain", HighlightField.of(f -> f.numberOfFragments(0))))
							.fields(NamedValue.of("bodyText.plain",
									HighlightField.of(f -> f.fragmentSize(160).numberOfFragments(2))));
					}
					return h;
				});
				// Spelling help is only wanted once the words as typed have found nothing.
				if (strictness == Strictness.FORGIVING) {
					s.suggest(g -> g.text(criteria.text())
						.suggesters("spelling", sg -> sg.term(t -> t.field("bodyText.plain").size(1).prefixLength(0))));
				}
			}
			return s;
		});
	}

	/** The text (or everything), published only, within the date range: the search without its facet filters. */
	private static Query query(SearchCriteria criteria, List<String> readings, Strictness strictness) {
		Query text = criteria.hasText() ? TEXT.query(criteria.text(), readings, strictness)
				: Query.of(q -> q.matchAll(m -> m));
		return Query.of(q -> q.bool(b -> {
			b.must(text).filter(f -> f.term(t -> t.field("published").value(true)));
			if (criteria.from() != null || criteria.to() != null) {
				b.filter(f -> f.range(r -> r.date(d -> {
					d.field("publishedAt");
					if (criteria.from() != null) {
						d.gte(criteria.from().toString());
					}
					if (criteria.to() != null) {
						d.lte(criteria.to().toString());
					}
					return d;
				})));
			}
			return b;
		}));
	}

	/** Every facet's selection (values of one facet mean "either"), except the one left out. */
	private static Query facetFilter(SearchCriteria criteria, SearchCriteria.Facet leaveOut) {
		BoolQuery.Builder bool = new BoolQuery.Builder();
		for (SearchCriteria.Facet facet : SearchCriteria.Facet.values()) {
			List<String> values = criteria.selected(facet);
			if (facet != leaveOut && !values.isEmpty()) {
				List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
				bool.filter(f -> f.terms(t -> t.field(facet.field()).terms(v -> v.value(terms))));
			}
		}
		return Query.of(q -> q.bool(bool.build()));
	}

	private SearchResult result(SearchCriteria criteria, ItemSearches.Answer answer, Strictness strictness) {
		List<SearchResult.Hit> hits = answer.hits().hits().stream().map(SearchService::hit).toList();
		long total = (answer.hits().total() != null) ? answer.hits().total().value() : hits.size();
		Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
		List<SearchResult.Relaxation> relax = new ArrayList<>();
		for (SearchCriteria.Facet facet : SearchCriteria.Facet.values()) {
			ItemSearches.FilterAggregate aggregate = answer.aggregations().get("facet_" + facet.parameter());
			facets.put(facet.parameter(), facetValues(criteria, facet, aggregate));
			if (total == 0 && !criteria.selected(facet).isEmpty() && aggregate.docCount() > 0) {
				relax.add(new SearchResult.Relaxation(facet.parameter(), aggregate.docCount()));
			}
		}
		String nextCursor = null;
		List<ItemSearches.Hit> raw = answer.hits().hits();
		boolean more = (criteria.after() != null) || (long) (criteria.page() + 1) * criteria.size() < total;
		if (raw.size() == criteria.size() && !raw.isEmpty() && more) {
			nextCursor = Cursors.encode(criteria.sort(), raw.getLast().sortValues());
		}
		String didYouMean = (strictness == Strictness.FORGIVING) ? didYouMean(criteria.text(), answer) : null;
		return new SearchResult(total, hits, facets, nextCursor, didYouMean, relax, null);
	}

	/** Every value the taxonomy knows for the facet, in its order, with counts; selected values always show. */
	private List<SearchResult.FacetValue> facetValues(SearchCriteria criteria, SearchCriteria.Facet facet,
			ItemSearches.FilterAggregate aggregate) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (ItemSearches.Bucket bucket : aggregate.values().buckets()) {
			counts.put(bucket.key(), bucket.docCount());
		}
		List<String> values = new ArrayList<>(allValues(facet));
		counts.keySet().stream().filter(value -> !values.contains(value)).forEach(values::add);
		return values.stream()
			.map(value -> new SearchResult.FacetValue(value, counts.getOrDefault(value, 0L),
					criteria.selected(facet).contains(value)))
			.toList();
	}

	private List<String> allValues(SearchCriteria.Facet facet) {
		Function<List<Taxonomy.Term>, List<String>> codes = terms -> terms.stream().map(Taxonomy.Term::code).toList();
		Taxonomy.Codes all = this.taxonomy.codes();
		return switch (facet) {
			case TYPE -> codes.apply(all.contentTypes());
			case PARTNERSHIP -> codes.apply(all.partnerships());
			case ASPECT -> codes.apply(all.aspects());
			case SECTOR -> codes.apply(all.sectors());
			case REGION -> codes.apply(this.taxonomy.terms(Taxonomy.Kind.REGION));
		};
	}

	private static SearchResult.Hit hit(ItemSearches.Hit hit) {
		ItemSource source = hit.source();
		Map<String, List<String>> highlight = hit.highlight();
		String title = first(highlight, "title", "title.plain");
		List<String> body = highlight.getOrDefault("bodyText", highlight.getOrDefault("bodyText.plain", List.of()));
		return new SearchResult.Hit(hit.id(), source.slug(), source.type(), source.title(), source.summary(),
				source.partnerships(), source.aspects(), source.sectors(), source.region(), source.organisation(),
				source.publishedAt(), Boolean.TRUE.equals(source.demo()),
				new SearchResult.Highlights((title != null) ? title : HtmlUtils.htmlEscape(source.title(), "UTF-8"), body,
						highlight.getOrDefault("attachmentText", List.of())));
	}

	private static String first(Map<String, List<String>> highlight, String... fields) {
		for (String field : fields) {
			List<String> fragments = highlight.get(field);
			if (fragments != null && !fragments.isEmpty()) {
				return fragments.getFirst();
			}
		}
		return null;
	}

	/** The text with each misspelt word replaced by the index's closest word, or null when nothing was replaced. */
	private static String didYouMean(String text, ItemSearches.Answer answer) {
		List<ItemSearches.Suggestion> suggestions = answer.suggest().getOrDefault("spelling", List.of());
		String corrected = TextNormalizer.fold(text);
		boolean changed = false;
		for (ItemSearches.Suggestion term : suggestions) {
			if (!term.options().isEmpty()) {
				corrected = corrected.replace(term.text(), term.options().getFirst().text());
				changed = true;
			}
		}
		return changed ? corrected : null;
	}

	static Map<SearchCriteria.Facet, List<String>> emptySelection() {
		return new EnumMap<>(SearchCriteria.Facet.class);
	}

}
