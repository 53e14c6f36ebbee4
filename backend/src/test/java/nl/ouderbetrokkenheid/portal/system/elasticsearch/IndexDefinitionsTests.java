package nl.ouderbetrokkenheid.portal.system.elasticsearch;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;

import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Every shipped index definition must be readable by the Java client, which parses the create-index body into typed
 * settings before sending it: a setting it does not model in nested form (such as {@code index.highlight.*}) fails
 * there, not in Elasticsearch, and has to be written with a dotted key.
 */
class IndexDefinitionsTests {

	private static List<IndexDefinition> shipped() throws IOException {
		return Arrays.stream(new PathMatchingResourcePatternResolver()
			.getResources("classpath*:elasticsearch/indices/*/v*.json")).map(resource -> {
				try {
					return IndexDefinition.read(resource);
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
	}

	@Test
	void everyShippedDefinitionParsesAsACreateIndexRequest() throws IOException {
		List<IndexDefinition> definitions = shipped();
		assertThat(definitions).extracting(IndexDefinition::name).contains("items", "profiles", "settings");
		for (IndexDefinition definition : definitions) {
			assertThatCode(() -> CreateIndexRequest
				.of(b -> b.withJson(new StringReader(definition.json())).index("check")))
				.as("%s v%d", definition.name(), definition.version())
				.doesNotThrowAnyException();
		}
	}

	@Test
	void itemsHighlightWithoutWeightMatchesMode() throws IOException {
		// Weight-matches highlighting re-rewrites the fuzzy clauses per hit and field: ~20x slower searches.
		IndexDefinition items = shipped().stream()
			.filter(d -> d.name().equals("items"))
			.max((a, b) -> Integer.compare(a.version(), b.version()))
			.orElseThrow();
		CreateIndexRequest request = CreateIndexRequest
			.of(b -> b.withJson(new StringReader(items.json())).index("check"));
		assertThat(request.settings().index().otherSettings())
			.containsKey("highlight.weight_matches_mode.enabled");
		assertThat(request.settings().index().otherSettings().get("highlight.weight_matches_mode.enabled").to(Boolean.class))
			.isFalse();
	}

}
