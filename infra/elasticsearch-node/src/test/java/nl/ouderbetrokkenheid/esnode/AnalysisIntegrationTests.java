package nl.ouderbetrokkenheid.esnode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The analysis components the portal's index definitions use, under their stock names. */
class AnalysisIntegrationTests {

	/** The project's word lists (infra/analysis), which the node's jar carries. */
	private static final Path WORD_LISTS = Path.of(System.getProperty("esnode.word-lists", "../analysis"));

	private static Path synonymsFile;

	private static Path config;

	private static Path staleWordList;

	@RegisterExtension
	static final RunningNode running = RunningNode.startedBy(AnalysisIntegrationTests::prepareAndStart);

	private static NodeProcess prepareAndStart() throws IOException {
		Path dir = NodeProcess.newDirectory("analysis");
		// synonyms_path is relative to the config directory, <path.home>/config, as on a stock node.
		synonymsFile = Files.createDirectories(dir.resolve("home/config/synonyms")).resolve("portal.txt");
		Files.writeString(synonymsFile, "ob, ouderbetrokkenheid\n");
		config = dir.resolve("home/config");
		Files.createDirectories(config.resolve("analysis"));
		Files.writeString(config.resolve("analysis/test-parts.txt"), "# parts for the tests\nhuis\nbezoek\n");
		// An outdated copy of a bundled list, as an earlier start would have left it.
		staleWordList = bundledWordLists().stream()
			.findFirst()
			.map((list) -> config.resolve("analysis").resolve(list.getFileName().toString()))
			.orElse(null);
		if (staleWordList != null) {
			Files.writeString(staleWordList, "outdated\n");
		}
		return NodeProcess.start(dir, "path.home=" + dir.resolve("home"));
	}

	@Test
	void dutchAnalyzerStemsPluralAndSingularToTheSameToken() {
		assertThat(tokens("""
				{"analyzer": "dutch", "text": "kinderen"}""")).containsExactly("kinder");
		assertThat(tokens("""
				{"analyzer": "dutch", "text": "kind"}""")).containsExactly("kinder");
		assertThat(tokens("""
				{"analyzer": "dutch", "text": "de ouderbetrokkenheid"}""")).containsExactly("ouderbetrok");
	}

	@Test
	void keywordNormalizerWithLowercaseAndAsciifoldingMatchesWithoutAccents() {
		running.http().put("/normalized", """
				{
				  "settings": {
				    "number_of_replicas": 0,
				    "analysis": {"normalizer": {"folded": {"type": "custom", "filter": ["lowercase", "asciifolding"]}}}
				  },
				  "mappings": {"properties": {"tag": {"type": "keyword", "normalizer": "folded"}}}
				}""").expect(200);
		running.http().put("/normalized/_doc/1?refresh=true", """
				{"tag": "Creëren"}""").expect(201);

		assertThat(hits("/normalized", """
				{"query": {"term": {"tag": "creeren"}}}""")).isEqualTo(1);
		assertThat(hits("/normalized", """
				{"query": {"term": {"tag": "creren"}}}""")).isZero();
	}

	@Test
	void edgeNgramFilterFindsAWordByItsPrefix() {
		running.http().put("/prefixes", """
				{
				  "settings": {
				    "number_of_replicas": 0,
				    "analysis": {
				      "filter": {"prefixes": {"type": "edge_ngram", "min_gram": 2, "max_gram": 20}},
				      "analyzer": {"autocomplete": {"tokenizer": "standard", "filter": ["lowercase", "prefixes"]}}
				    }
				  },
				  "mappings": {
				    "properties": {"title": {"type": "text", "analyzer": "autocomplete", "search_analyzer": "standard"}}
				  }
				}""").expect(200);
		running.http().put("/prefixes/_doc/1?refresh=true", """
				{"title": "Ouderbetrokkenheid op school"}""").expect(201);

		assertThat(hits("/prefixes", """
				{"query": {"match": {"title": "ouderbetr"}}}""")).isEqualTo(1);
		assertThat(hits("/prefixes", """
				{"query": {"match": {"title": "betrokken"}}}""")).isZero();
	}

	@Test
	void edgeNgramTokenizerSplitsOnTokenChars() {
		assertThat(tokens("""
				{"tokenizer": {"type": "edge_ngram", "min_gram": 2, "max_gram": 5, "token_chars": ["letter"]},
				 "text": "ouder-raad"}""")).containsExactly("ou", "oud", "oude", "ouder", "ra", "raa", "raad");
	}

	@Test
	void searchTimeSynonymGraphMakesAnAbbreviationFindTheFullWord() {
		running.http().put("/synonyms", """
				{
				  "settings": {
				    "number_of_replicas": 0,
				    "analysis": {
				      "filter": {
				        "abbreviations": {"type": "synonym_graph", "synonyms": ["mr, medezeggenschapsraad"], "updateable": true}
				      },
				      "analyzer": {"with_synonyms": {"tokenizer": "standard", "filter": ["lowercase", "abbreviations"]}}
				    }
				  },
				  "mappings": {
				    "properties": {"body": {"type": "text", "analyzer": "standard", "search_analyzer": "with_synonyms"}}
				  }
				}""").expect(200);
		running.http().put("/synonyms/_doc/1?refresh=true", """
				{"body": "De medezeggenschapsraad vergadert maandag"}""").expect(201);

		assertThat(hits("/synonyms", """
				{"query": {"match": {"body": "MR"}}}""")).isEqualTo(1);
		assertThat(hits("/synonyms", """
				{"query": {"match": {"body": {"query": "MR", "analyzer": "standard"}}}}""")).isZero();
	}

	@Test
	void updateableSynonymsAreOnlyAllowedAtSearchTime() {
		EsHttp.Response refused = running.http().put("/index-time-synonyms", """
				{
				  "settings": {
				    "analysis": {
				      "filter": {"abbreviations": {"type": "synonym_graph", "synonyms": ["mr, medezeggenschapsraad"], "updateable": true}},
				      "analyzer": {"with_synonyms": {"tokenizer": "standard", "filter": ["abbreviations"]}}
				    }
				  },
				  "mappings": {"properties": {"body": {"type": "text", "analyzer": "with_synonyms"}}}
				}""");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().at("/error/reason").asString()).contains("not allowed to run in index time mode");
	}

	@Test
	void reloadingSearchAnalyzersPicksUpAChangedSynonymsFile() throws IOException {
		running.http().put("/reloaded", """
				{
				  "settings": {
				    "number_of_replicas": 0,
				    "analysis": {
				      "filter": {"portal": {"type": "synonym_graph", "synonyms_path": "synonyms/portal.txt", "updateable": true}},
				      "analyzer": {"with_synonyms": {"tokenizer": "standard", "filter": ["lowercase", "portal"]}}
				    }
				  },
				  "mappings": {
				    "properties": {"body": {"type": "text", "analyzer": "standard", "search_analyzer": "with_synonyms"}}
				  }
				}""").expect(200);
		running.http().put("/reloaded/_doc/1?refresh=true", """
				{"body": "Over ouderbetrokkenheid"}""").expect(201);
		running.http().put("/reloaded/_doc/2?refresh=true", """
				{"body": "De ouderraad vergadert"}""").expect(201);
		String orQuery = """
				{"query": {"match": {"body": "or"}}}""";
		assertThat(hits("/reloaded", """
				{"query": {"match": {"body": "ob"}}}""")).isEqualTo(1);
		assertThat(hits("/reloaded", orQuery)).isZero();

		Files.writeString(synonymsFile, "ob, ouderbetrokkenheid\nor, ouderraad\n");
		EsHttp.Response reload = running.http().post("/reloaded/_reload_search_analyzers", null).expect(200);

		assertThat(reload.json().at("/reload_details/0/reloaded_analyzers/0").asString()).isEqualTo("with_synonyms");
		assertThat(hits("/reloaded", orQuery)).isEqualTo(1);
	}

	@Test
	void stemmerSnowballAndStopFiltersTakeTheirStockSettings() {
		assertThat(tokens("""
				{"tokenizer": "standard", "filter": ["lowercase", {"type": "stemmer", "language": "dutch"}],
				 "text": "fietsen scholen"}""")).containsExactly("fiets", "schol");
		assertThat(tokens("""
				{"tokenizer": "standard", "filter": ["lowercase", {"type": "stemmer", "language": "english"}],
				 "text": "running parents"}""")).containsExactly("run", "parent");
		assertThat(tokens("""
				{"tokenizer": "standard", "filter": ["lowercase", {"type": "snowball", "language": "Dutch"}],
				 "text": "kinderen"}""")).containsExactly("kinder");
		assertThat(tokens("""
				{"tokenizer": "standard", "filter": ["lowercase", {"type": "stop", "stopwords": "_dutch_"}],
				 "text": "de ouders en het kind"}""")).containsExactly("ouders", "kind");
	}

	@Test
	void theRemovedDutchKpStemmerIsRefusedInsteadOfSilentlyDroppingTokens() {
		EsHttp.Response refused = running.http().post("/_analyze", """
				{"tokenizer": "standard", "filter": [{"type": "stemmer", "language": "dutch_kp"}], "text": "kinderen"}""");

		assertThat(refused.status()).isEqualTo(400);
	}

	@Test
	void charFiltersStripHtmlAndMapCharacters() {
		assertThat(tokens("""
				{"tokenizer": "standard", "char_filter": ["html_strip"], "text": "<p>Hallo <b>wereld</b></p>"}"""))
			.containsExactly("Hallo", "wereld");
		assertThat(tokens("""
				{"tokenizer": "keyword", "char_filter": [{"type": "mapping", "mappings": ["& => en"]}],
				 "text": "ouders & school"}""")).containsExactly("ouders en school");
	}

	@Test
	void smallerFiltersBehaveAsOnAStockNode() {
		assertThat(tokens("""
				{"tokenizer": "whitespace", "filter": ["word_delimiter_graph"], "text": "Wi-Fi PowerShot500"}"""))
			.containsExactly("Wi", "Fi", "Power", "Shot", "500");
		assertThat(tokens("""
				{"tokenizer": "whitespace", "filter": ["lowercase", "unique"], "text": "ouder Ouder kind ouder"}"""))
			.containsExactly("ouder", "kind");
		assertThat(tokens("""
				{"tokenizer": "keyword", "filter": ["trim"], "text": "  ouder  "}""")).containsExactly("ouder");
		assertThat(tokens("""
				{"tokenizer": "standard", "filter": [{"type": "asciifolding", "preserve_original": true}], "text": "Creëren"}"""))
			.containsExactly("Creeren", "Creëren");
	}

	@Test
	void dictionaryDecompounderAddsTheListedWordsFoundInsideAToken() {
		running.http().put("/compounds", """
				{
				  "settings": {
				    "number_of_replicas": 0,
				    "analysis": {
				      "filter": {"parts": {"type": "dictionary_decompounder", "word_list": ["huis", "bezoek", "ouder"]}},
				      "analyzer": {"decompounding": {"tokenizer": "standard", "filter": ["lowercase", "parts"]}}
				    }
				  }
				}""").expect(200);

		assertThat(tokens("/compounds", """
				{"analyzer": "decompounding", "text": "Huisbezoek"}""")).containsExactly("huisbezoek", "huis", "bezoek");
		// Shorter than min_word_size (5): left whole.
		assertThat(tokens("/compounds", """
				{"analyzer": "decompounding", "text": "huis"}""")).containsExactly("huis");
		assertThat(tokens("""
				{"tokenizer": "standard",
				 "filter": [{"type": "dictionary_decompounder", "word_list": ["huis", "huisbezoek", "bezoek", "zoek"]}],
				 "text": "huisbezoeken"}""")).containsExactly("huisbezoeken", "huis", "huisbezoek", "bezoek", "zoek");
		assertThat(tokens("""
				{"tokenizer": "standard",
				 "filter": [{"type": "dictionary_decompounder", "word_list": ["huis", "huisbezoek", "bezoek", "zoek"],
				             "only_longest_match": true}],
				 "text": "huisbezoeken"}""")).containsExactly("huisbezoeken", "huisbezoek");
	}

	@Test
	void dictionaryDecompounderWithoutAWordListIsRefused() {
		EsHttp.Response refused = running.http().post("/_analyze", """
				{"tokenizer": "standard", "filter": [{"type": "dictionary_decompounder"}], "text": "huisbezoek"}""");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().at("/error/reason").asString()).contains("word_list must be provided");
	}

	@Test
	void wordListPathIsReadFromTheConfigDirectory() {
		running.http().put("/compounds-from-file", """
				{
				  "settings": {
				    "number_of_replicas": 0,
				    "analysis": {
				      "filter": {"parts": {"type": "dictionary_decompounder", "word_list_path": "analysis/test-parts.txt"}},
				      "analyzer": {"decompounding": {"tokenizer": "standard", "filter": ["lowercase", "parts"]}}
				    }
				  }
				}""").expect(200);

		assertThat(tokens("/compounds-from-file", """
				{"analyzer": "decompounding", "text": "huisbezoek"}""")).containsExactly("huisbezoek", "huis", "bezoek");
	}

	@Test
	void theProjectsWordListsAreCopiedIntoConfigAnalysis() throws IOException {
		List<Path> lists = bundledWordLists();
		assumeTrue(!lists.isEmpty(), "infra/analysis has no word lists yet");

		for (Path list : lists) {
			assertThat(config.resolve("analysis").resolve(list.getFileName().toString())).hasSameBinaryContentAs(list);
		}
		// Including the one an earlier start had left in an outdated version.
		assertThat(staleWordList).hasSameBinaryContentAs(lists.get(0));
	}

	@Test
	void theDutchCompoundPartsListDecompoundsTwoOfItsWords() throws IOException {
		Path list = WORD_LISTS.resolve("nl-compound-parts.txt");
		assumeTrue(Files.isRegularFile(list), "infra/analysis/nl-compound-parts.txt does not exist yet");
		List<String> words;
		try (Stream<String> lines = Files.lines(list)) {
			words = lines.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.filter((word) -> word.length() >= 4 && word.length() <= 15 && word.chars().allMatch(Character::isLetter))
				.limit(2)
				.toList();
		}
		assertThat(words).hasSize(2);
		running.http().put("/dutch-compounds", """
				{
				  "settings": {
				    "number_of_replicas": 0,
				    "analysis": {
				      "filter": {"parts": {"type": "dictionary_decompounder", "word_list_path": "analysis/nl-compound-parts.txt"}},
				      "analyzer": {"decompounding": {"tokenizer": "standard", "filter": ["lowercase", "parts"]}}
				    }
				  }
				}""").expect(200);

		String compound = (words.get(0) + words.get(1)).toLowerCase();
		assertThat(tokens("/dutch-compounds", """
				{"analyzer": "decompounding", "text": "%s"}""".formatted(compound))).startsWith(compound)
			.contains(words.get(0).toLowerCase(), words.get(1).toLowerCase());
	}

	private static List<Path> bundledWordLists() throws IOException {
		if (!Files.isDirectory(WORD_LISTS)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(WORD_LISTS)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
		}
	}

	private static List<String> tokens(String analyzeRequest) {
		return tokens("", analyzeRequest);
	}

	private static List<String> tokens(String index, String analyzeRequest) {
		JsonNode json = running.http().post(index + "/_analyze", analyzeRequest).expect(200).json();
		List<String> tokens = new ArrayList<>();
		json.get("tokens").forEach((token) -> tokens.add(token.get("token").asString()));
		return tokens;
	}

	private static long hits(String index, String search) {
		return running.http().post(index + "/_search", search).expect(200).totalHits();
	}

}
