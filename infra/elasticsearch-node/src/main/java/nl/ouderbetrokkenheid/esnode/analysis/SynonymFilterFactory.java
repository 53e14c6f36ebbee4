package nl.ouderbetrokkenheid.esnode.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.synonym.WordnetSynonymParser;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalysisMode;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.synonyms.SynonymsManagementAPIService;

/**
 * {@code synonym} and {@code synonym_graph}. Settings: {@code synonyms} (inline rules), {@code synonyms_set} (one or more
 * sets of the synonyms API) or {@code synonyms_path} (a file relative to the config directory), {@code format} (solr,
 * wordnet), {@code expand} (true), {@code lenient} (the value of updateable) and {@code updateable} (false): an
 * updateable filter may only be used in search analyzers, and {@code POST /{index}/_reload_search_analyzers} re-reads
 * its rules. {@code synonyms_set} needs {@code updateable}; the server reloads such analyzers when a shard recovers and
 * whenever one of their sets changes.
 */
class SynonymFilterFactory extends AbstractTokenFilterFactory {

	private static final Logger logger = LogManager.getLogger(SynonymFilterFactory.class);

	/** As analysis-common's limit. */
	private static final int MAX_SYNONYM_SETS = 100;

	private final boolean graph;

	private final Environment environment;

	private final Settings settings;

	private final boolean expand;

	private final boolean lenient;

	private final boolean wordnet;

	private final AnalysisMode analysisMode;

	private final Supplier<SynonymsManagementAPIService> synonymSets;

	SynonymFilterFactory(Environment environment, String name, Settings settings, boolean graph,
			Supplier<SynonymsManagementAPIService> synonymSets) {
		super(name);
		if (!settings.hasValue("synonyms") && !settings.hasValue("synonyms_set") && !settings.hasValue("synonyms_path")) {
			throw new IllegalArgumentException(
					"synonym requires either `synonyms`, `synonyms_set` or `synonyms_path` to be configured");
		}
		this.graph = graph;
		this.synonymSets = synonymSets;
		this.environment = environment;
		this.settings = settings;
		this.expand = settings.getAsBoolean("expand", true);
		boolean updateable = settings.getAsBoolean("updateable", false);
		this.lenient = settings.getAsBoolean("lenient", updateable);
		this.wordnet = "wordnet".equalsIgnoreCase(settings.get("format", ""));
		this.analysisMode = updateable ? AnalysisMode.SEARCH_TIME : AnalysisMode.ALL;
	}

	@Override
	public AnalysisMode getAnalysisMode() {
		return this.analysisMode;
	}

	@Override
	public TokenStream create(TokenStream tokenStream) {
		throw new IllegalStateException("Call getChainAwareTokenFilterFactory to specialize this factory for an analysis chain first");
	}

	/**
	 * The rules are analysed with the tokenizer and filters that come before this filter in the chain, so a rule matches
	 * the tokens it will meet. Called again on every reload, which is when a changed file or set is read.
	 */
	@Override
	public TokenFilterFactory getChainAwareTokenFilterFactory(IndexCreationContext context, TokenizerFactory tokenizer,
			List<CharFilterFactory> charFilters, List<TokenFilterFactory> previousTokenFilters,
			Function<String, TokenFilterFactory> allFilters) {
		Analyzer ruleAnalyzer = new CustomAnalyzer(tokenizer, charFilters.toArray(new CharFilterFactory[0]),
				previousTokenFilters.stream().map(TokenFilterFactory::getSynonymFilter).toArray(TokenFilterFactory[]::new));
		Rules rules = rules(context);
		SynonymMap synonyms = parse(ruleAnalyzer, rules);
		return new TokenFilterFactory() {

			@Override
			public String name() {
				return SynonymFilterFactory.this.name();
			}

			@Override
			public TokenStream create(TokenStream tokenStream) {
				if (synonyms.fst == null) {
					return tokenStream;
				}
				return SynonymFilterFactory.this.graph ? new SynonymGraphFilter(tokenStream, synonyms, false)
						: new SynonymFilter(tokenStream, synonyms, false);
			}

			// Rules of a later synonym filter are not run through this one: stacked tokens cannot be parsed.
			@Override
			public TokenFilterFactory getSynonymFilter() {
				return IDENTITY_FILTER;
			}

			@Override
			public AnalysisMode getAnalysisMode() {
				return SynonymFilterFactory.this.analysisMode;
			}

			// The synonyms API reloads the analyzers whose resources name the set it changed.
			@Override
			public Set<String> getResourceNames() {
				return rules.resources();
			}

		};
	}

	private SynonymMap parse(Analyzer ruleAnalyzer, Rules rules) {
		try (Reader reader = rules.reader()) {
			if (this.wordnet) {
				LenientWordnetParser parser = new LenientWordnetParser(this.expand, this.lenient, ruleAnalyzer);
				parser.parse(reader);
				return parser.build();
			}
			LenientSolrParser parser = new LenientSolrParser(this.expand, this.lenient, ruleAnalyzer);
			parser.parse(reader);
			return parser.build();
		}
		catch (Exception ex) {
			throw new IllegalArgumentException("failed to build synonyms from [" + rules.origin() + "]", ex);
		}
	}

	/** In analysis-common's order of precedence: inline rules, then synonym sets, then a file. */
	private Rules rules(IndexCreationContext context) {
		if (this.settings.hasValue("synonyms")) {
			List<String> lines = this.settings.getAsList("synonyms");
			return new Rules(new StringReader(String.join(System.lineSeparator(), lines)),
					"'" + name() + "' analyzer settings", Set.of());
		}
		if (this.settings.hasValue("synonyms_set")) {
			return setRules(context);
		}
		String path = this.settings.get("synonyms_path");
		return new Rules(Analysis.getReaderFromFile(this.environment, path, "synonyms"), path, Set.of(path));
	}

	private Rules setRules(IndexCreationContext context) {
		if (this.analysisMode != AnalysisMode.SEARCH_TIME) {
			throw new IllegalArgumentException(
					"Can't apply [synonyms_set]! Loading synonyms from index is supported only for search time synonyms!");
		}
		List<String> names = this.settings.getAsList("synonyms_set");
		Set<String> sets = new LinkedHashSet<>(names);
		if (sets.size() < names.size()) {
			logger.warn("Duplicate synonym set names in [synonyms_set] for filter [{}]; duplicates will be ignored: {}", name(),
					names);
		}
		if (sets.size() > 1 && context == IndexCreationContext.CREATE_INDEX) {
			this.synonymSets.get().checkClusterSupportsMultipleSynonymSets();
		}
		if (sets.size() > MAX_SYNONYM_SETS) {
			throw new IllegalArgumentException(
					"At most " + MAX_SYNONYM_SETS + " synonym sets may be specified in [synonyms_set]");
		}
		// Reading the sets blocks, which index creation on the master must not: the rules arrive with the reload that
		// follows on shard recovery, as on a stock node.
		if (sets.isEmpty() || context != IndexCreationContext.RELOAD_ANALYZERS) {
			return new Rules(new StringReader(""), "fake empty " + sets + " synonyms_set in .synonyms index", Set.copyOf(sets));
		}
		return new Rules(Analysis.getReaderFromIndex(sets, this.synonymSets.get(), this.lenient),
				sets + " synonyms_sets in .synonyms index", Set.copyOf(sets));
	}

	/** Where the rules come from, and the resources a reload is asked for by name (file path or set names). */
	private record Rules(Reader reader, String origin, Set<String> resources) {

	}

	/**
	 * With leniency a word the rule analyzer cannot handle (a stop word, say) comes back empty; pairs with an empty side
	 * are then skipped instead of failing the whole set.
	 */
	private static CharsRef analyzeLeniently(boolean lenient, String text, AnalyzeCall analyze) throws IOException {
		try {
			return analyze.call();
		}
		catch (IllegalArgumentException ex) {
			if (!lenient) {
				throw ex;
			}
			logger.info("Synonym rule for [{}] was ignored: {}", text, ex.getMessage());
			return new CharsRef("");
		}
	}

	private static boolean keep(boolean lenient, CharsRef input, CharsRef output) {
		return !lenient || (input.length > 0 && output.length > 0);
	}

	@FunctionalInterface
	private interface AnalyzeCall {

		CharsRef call() throws IOException;

	}

	private static final class LenientSolrParser extends SolrSynonymParser {

		private final boolean lenient;

		LenientSolrParser(boolean expand, boolean lenient, Analyzer analyzer) {
			super(true, expand, analyzer);
			this.lenient = lenient;
		}

		@Override
		public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
			return analyzeLeniently(this.lenient, text, () -> super.analyze(text, reuse));
		}

		@Override
		public void add(CharsRef input, CharsRef output, boolean includeOrig) {
			if (keep(this.lenient, input, output)) {
				super.add(input, output, includeOrig);
			}
		}

	}

	private static final class LenientWordnetParser extends WordnetSynonymParser {

		private final boolean lenient;

		LenientWordnetParser(boolean expand, boolean lenient, Analyzer analyzer) {
			super(true, expand, analyzer);
			this.lenient = lenient;
		}

		@Override
		public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
			return analyzeLeniently(this.lenient, text, () -> super.analyze(text, reuse));
		}

		@Override
		public void add(CharsRef input, CharsRef output, boolean includeOrig) {
			if (keep(this.lenient, input, output)) {
				super.add(input, output, includeOrig);
			}
		}

	}

}
