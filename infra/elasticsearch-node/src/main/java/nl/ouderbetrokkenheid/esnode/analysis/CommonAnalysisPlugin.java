package nl.ouderbetrokkenheid.esnode.analysis;

import static nl.ouderbetrokkenheid.esnode.analysis.Factories.charFilter;
import static nl.ouderbetrokkenheid.esnode.analysis.Factories.filter;
import static nl.ouderbetrokkenheid.esnode.analysis.Factories.normalizingCharFilter;
import static nl.ouderbetrokkenheid.esnode.analysis.Factories.normalizingFilter;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.EmptyTokenStream;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.util.SetOnce;
import org.elasticsearch.common.regex.Regex;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.index.analysis.PreConfiguredCharFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenizer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.synonyms.SynonymsManagementAPIService;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The part of the distribution's analysis-common module this project uses, under the same names and with the same
 * settings, built from the Lucene classes that come with the server. An index definition that works here therefore
 * works unchanged on a stock cluster. Components used by name without settings behave as their pre-configured stock
 * versions.
 */
public class CommonAnalysisPlugin extends Plugin implements AnalysisPlugin {

	/** What {@code synonyms_set} reads its rules through; made once the node's client exists, as stock does. */
	private final SetOnce<SynonymsManagementAPIService> synonymSets = new SetOnce<>();

	@Override
	public Collection<?> createComponents(PluginServices services) {
		this.synonymSets.set(new SynonymsManagementAPIService(services.client(), services.clusterService(),
				services.featureService()));
		return List.of();
	}

	@Override
	public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
		Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new TreeMap<>();
		analyzers.put("dutch", (index, environment, name, settings) -> analyzer(name,
				new DutchAnalyzer(Analysis.parseStopWords(environment, settings, DutchAnalyzer.getDefaultStopSet()),
						Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET))));
		analyzers.put("english", (index, environment, name, settings) -> analyzer(name,
				new EnglishAnalyzer(Analysis.parseStopWords(environment, settings, EnglishAnalyzer.getDefaultStopSet()),
						Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET))));
		return analyzers;
	}

	private static AnalyzerProvider<Analyzer> analyzer(String name, Analyzer analyzer) {
		return new AbstractIndexAnalyzerProvider<>(name) {
			@Override
			public Analyzer get() {
				return analyzer;
			}
		};
	}

	@Override
	public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
		return List.of(new PreBuiltAnalyzerProviderFactory("dutch", CachingStrategy.LUCENE, DutchAnalyzer::new),
				new PreBuiltAnalyzerProviderFactory("english", CachingStrategy.LUCENE, EnglishAnalyzer::new));
	}

	@Override
	public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
		Map<String, AnalysisProvider<TokenFilterFactory>> filters = new TreeMap<>();
		filters.put("asciifolding", (index, environment, name, settings) -> new AsciiFoldingFilterFactory(name, settings));
		filters.put("decimal_digit", (index, environment, name, settings) -> normalizingFilter(name, DecimalDigitFilter::new));
		filters.put("dictionary_decompounder", AnalysisPlugin.requiresAnalysisSettings(
				(index, environment, name, settings) -> new DictionaryDecompounderFilterFactory(environment, name, settings)));
		filters.put("edge_ngram", (index, environment, name, settings) -> new NGramFilterFactory(index, name, settings, true));
		filters.put("elision", AnalysisPlugin.requiresAnalysisSettings((index, environment, name, settings) -> {
			CharArraySet articles = Analysis.parseArticles(environment, settings);
			if (articles == null) {
				throw new IllegalArgumentException("elision filter requires [articles] or [articles_path] setting");
			}
			return normalizingFilter(name, (stream) -> new ElisionFilter(stream, articles));
		}));
		filters.put("flatten_graph", (index, environment, name, settings) -> filter(name, FlattenGraphFilter::new));
		filters.put("kstem", (index, environment, name, settings) -> filter(name, KStemFilter::new));
		filters.put("length", (index, environment, name, settings) -> {
			int min = settings.getAsInt("min", 0);
			int max = settings.getAsInt("max", Integer.MAX_VALUE);
			return filter(name, (stream) -> new LengthFilter(stream, min, max));
		});
		filters.put("lowercase", (index, environment, name, settings) -> new LowercaseFilterFactory(name, settings));
		filters.put("ngram", (index, environment, name, settings) -> new NGramFilterFactory(index, name, settings, false));
		filters.put("porter_stem", (index, environment, name, settings) -> filter(name, PorterStemFilter::new));
		filters.put("reverse", (index, environment, name, settings) -> filter(name, ReverseStringFilter::new));
		filters.put("snowball", (index, environment, name, settings) -> {
			String language = settings.get("language", settings.get("name", "English"));
			// Fails here, at index creation, for an unknown language rather than on the first document.
			new SnowballFilter(new EmptyTokenStream(), language);
			return filter(name, (stream) -> new SnowballFilter(stream, language));
		});
		filters.put("stemmer", (index, environment, name, settings) -> new StemmerFilterFactory(name, settings));
		filters.put("stemmer_override", AnalysisPlugin.requiresAnalysisSettings(
				(index, environment, name, settings) -> stemmerOverride(environment, name, settings)));
		filters.put("synonym", AnalysisPlugin.requiresAnalysisSettings(
				(index, environment, name, settings) -> new SynonymFilterFactory(environment, name, settings, false,
						this.synonymSets::get)));
		filters.put("synonym_graph", AnalysisPlugin.requiresAnalysisSettings(
				(index, environment, name, settings) -> new SynonymFilterFactory(environment, name, settings, true,
						this.synonymSets::get)));
		filters.put("trim", (index, environment, name, settings) -> normalizingFilter(name, TrimFilter::new));
		filters.put("truncate", AnalysisPlugin.requiresAnalysisSettings((index, environment, name, settings) -> {
			int length = settings.getAsInt("length", -1);
			if (length <= 0) {
				throw new IllegalArgumentException("length parameter must be provided");
			}
			return filter(name, (stream) -> new TruncateTokenFilter(stream, length));
		}));
		filters.put("unique", (index, environment, name, settings) -> settings.getAsBoolean("only_on_same_position", false)
				? filter(name, RemoveDuplicatesTokenFilter::new) : filter(name, UniqueTokenFilter::new));
		filters.put("uppercase", (index, environment, name, settings) -> normalizingFilter(name, UpperCaseFilter::new));
		filters.put("word_delimiter_graph",
				(index, environment, name, settings) -> new WordDelimiterGraphFilterFactory(environment, name, settings));
		return filters;
	}

	/** Rules like {@code "fietsen => fiets"} or {@code "ouders, ouder => ouder"} in {@code rules} or {@code rules_path}. */
	private static TokenFilterFactory stemmerOverride(Environment environment, String name, Settings settings)
			throws java.io.IOException {
		List<String> rules = Analysis.getWordList(environment, settings, "rules");
		if (rules == null) {
			throw new IllegalArgumentException("stemmer override filter requires either `rules` or `rules_path` to be configured");
		}
		StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
		for (String rule : rules) {
			String[] sides = rule.split("=>");
			if (sides.length != 2 || sides[1].isBlank()) {
				throw new RuntimeException("Invalid Keyword override Rule:" + rule);
			}
			for (String key : sides[0].split(",")) {
				if (!key.isBlank()) {
					builder.add(key.strip(), sides[1].strip());
				}
			}
		}
		StemmerOverrideFilter.StemmerOverrideMap map = builder.build();
		return filter(name, (stream) -> new StemmerOverrideFilter(stream, map));
	}

	@Override
	public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
		Map<String, AnalysisProvider<CharFilterFactory>> filters = new TreeMap<>();
		filters.put("html_strip", (index, environment, name, settings) -> {
			var escapedTags = new HashSet<>(settings.getAsList("escaped_tags"));
			return charFilter(name, (reader) -> new HTMLStripCharFilter(reader, escapedTags));
		});
		filters.put("mapping", AnalysisPlugin.requiresAnalysisSettings(
				(index, environment, name, settings) -> new MappingCharFilterFactory(environment, name, settings)));
		filters.put("pattern_replace", AnalysisPlugin.requiresAnalysisSettings((index, environment, name, settings) -> {
			String pattern = settings.get("pattern");
			if (pattern == null) {
				throw new IllegalArgumentException("pattern is missing for [" + name + "] char filter of type 'pattern_replace'");
			}
			Pattern compiled = Regex.compile(pattern, settings.get("flags"));
			String replacement = settings.get("replacement", "");
			return normalizingCharFilter(name, (reader) -> new PatternReplaceCharFilter(compiled, replacement, reader));
		}));
		return filters;
	}

	@Override
	public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
		Map<String, AnalysisProvider<TokenizerFactory>> tokenizers = new TreeMap<>();
		tokenizers.put("edge_ngram",
				(index, environment, name, settings) -> new NGramTokenizerFactory(index, name, settings, true));
		tokenizers.put("keyword", (index, environment, name, settings) -> {
			int bufferSize = settings.getAsInt("buffer_size", 256);
			return TokenizerFactory.newFactory(name, () -> new KeywordTokenizer(bufferSize));
		});
		tokenizers.put("letter",
				(index, environment, name, settings) -> TokenizerFactory.newFactory(name, LetterTokenizer::new));
		tokenizers.put("ngram",
				(index, environment, name, settings) -> new NGramTokenizerFactory(index, name, settings, false));
		tokenizers.put("whitespace", (index, environment, name, settings) -> {
			int maxTokenLength = settings.getAsInt("max_token_length", 255);
			return TokenizerFactory.newFactory(name, () -> new WhitespaceTokenizer(maxTokenLength));
		});
		return tokenizers;
	}

	@Override
	public List<PreConfiguredCharFilter> getPreConfiguredCharFilters() {
		return List.of(PreConfiguredCharFilter.singleton("html_strip", false, HTMLStripCharFilter::new));
	}

	@Override
	public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
		return List.of(PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new),
				PreConfiguredTokenFilter.singleton("decimal_digit", true, DecimalDigitFilter::new),
				PreConfiguredTokenFilter.singleton("dutch_stem", false, (stream) -> new SnowballFilter(stream, new DutchStemmer())),
				PreConfiguredTokenFilter.singleton("edge_ngram", false, false, (stream) -> new EdgeNGramTokenFilter(stream, 1)),
				PreConfiguredTokenFilter.singleton("elision", true,
						(stream) -> new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES)),
				PreConfiguredTokenFilter.singleton("kstem", false, KStemFilter::new),
				PreConfiguredTokenFilter.singleton("length", false, (stream) -> new LengthFilter(stream, 0, Integer.MAX_VALUE)),
				PreConfiguredTokenFilter.singleton("ngram", false, false, (stream) -> new NGramTokenFilter(stream, 1, 2, false)),
				PreConfiguredTokenFilter.singleton("porter_stem", false, PorterStemFilter::new),
				PreConfiguredTokenFilter.singleton("reverse", false, ReverseStringFilter::new),
				PreConfiguredTokenFilter.singleton("snowball", false, (stream) -> new SnowballFilter(stream, "English")),
				PreConfiguredTokenFilter.singleton("stemmer", false, PorterStemFilter::new),
				PreConfiguredTokenFilter.singleton("stop", false, (stream) -> new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)),
				PreConfiguredTokenFilter.singleton("trim", true, TrimFilter::new),
				PreConfiguredTokenFilter.singleton("truncate", false, (stream) -> new TruncateTokenFilter(stream, 10)),
				PreConfiguredTokenFilter.singleton("unique", false, UniqueTokenFilter::new),
				PreConfiguredTokenFilter.singleton("uppercase", true, UpperCaseFilter::new),
				PreConfiguredTokenFilter.singleton("word_delimiter_graph", false, false,
						(stream) -> new WordDelimiterGraphFilter(stream, true, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE,
								WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
										| WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE
										| WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
										| WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE,
								null)));
	}

	@Override
	public List<PreConfiguredTokenizer> getPreConfiguredTokenizers() {
		return List.of(PreConfiguredTokenizer.singleton("keyword", KeywordTokenizer::new),
				PreConfiguredTokenizer.singleton("letter", LetterTokenizer::new),
				PreConfiguredTokenizer.singleton("whitespace", WhitespaceTokenizer::new),
				PreConfiguredTokenizer.singleton("ngram", NGramTokenizer::new),
				PreConfiguredTokenizer.singleton("edge_ngram",
						() -> new EdgeNGramTokenizer(NGramTokenizer.DEFAULT_MIN_NGRAM_SIZE, NGramTokenizer.DEFAULT_MAX_NGRAM_SIZE)));
	}

}
