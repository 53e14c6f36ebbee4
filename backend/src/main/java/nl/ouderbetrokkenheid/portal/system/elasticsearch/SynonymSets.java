package nl.ouderbetrokkenheid.portal.system.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.synonyms.ElasticsearchSynonymsAsyncClient;
import co.elastic.clients.elasticsearch.synonyms.SynonymRule;
import co.elastic.clients.elasticsearch.synonyms.SynonymRuleRead;

import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Elasticsearch's synonym sets ({@code PUT _synonyms/<set>}), which the index definitions' search analyzers read
 * ({@code "synonyms_set": "synonyms"}, under the portal's prefix). Elasticsearch reloads every analyzer that uses a
 * set when it changes, so an edit is in force at once for every replica and every index, without a redeploy.
 * A set that does not exist yet starts from {@code elasticsearch/synonym-sets/<set>.txt} (Solr format, one group a
 * line: {@code vve, voorschoolse educatie}).
 */
@Component
public class SynonymSets {

	/** Sets the shipped definitions use; each has a starter file. */
	static final List<String> SHIPPED = List.of("synonyms");

	private static final String STARTERS = "/elasticsearch/synonym-sets/";

	// A set is read whole; Elasticsearch's page size limit is 10,000 rules.
	private static final int MAX_RULES = 10_000;

	private final ElasticsearchSynonymsAsyncClient synonyms;

	private final IndexNames names;

	SynonymSets(ReactiveElasticsearchClient client, IndexNames names) {
		this.synonyms = new ElasticsearchSynonymsAsyncClient(client._transport(), client._transportOptions());
		this.names = names;
	}

	/** The set's name in Elasticsearch: the portal's prefix, so test runs and environments don't share one. */
	public String name(String set) {
		return this.names.alias(set);
	}

	/** The rules of the set, in order; empty when it does not exist. */
	public Mono<List<String>> rules(String set) {
		return Mono.fromFuture(() -> this.synonyms.getSynonym(g -> g.id(name(set)).size(MAX_RULES)))
			.map(response -> response.synonymsSet().stream().map(SynonymRuleRead::synonyms).toList())
			.onErrorResume(SynonymSets::notFound, ex -> Mono.just(List.of()));
	}

	/** Replaces the whole set; answers once Elasticsearch has reloaded the analyzers that use it. */
	public Mono<Void> replace(String set, List<String> rules) {
		List<SynonymRule> list = rules.stream().map(rule -> SynonymRule.of(r -> r.synonyms(rule))).toList();
		return Mono.fromFuture(() -> this.synonyms.putSynonym(p -> p.id(name(set)).synonymsSet(list))).then();
	}

	/** Creates the shipped sets that do not exist yet from their starter files; leaves edited sets alone. */
	Mono<Void> ensureShipped() {
		return Flux.fromIterable(SHIPPED)
			.concatMap(set -> Mono.fromFuture(() -> this.synonyms.getSynonym(g -> g.id(name(set)).size(1)))
				.then()
				.onErrorResume(SynonymSets::notFound, ex -> replace(set, starter(set))))
			.then();
	}

	/** The starter rules of a shipped set: its file without blank lines and {@code #} comments. */
	private static List<String> starter(String set) {
		try (InputStream in = SynonymSets.class.getResourceAsStream(STARTERS + set + ".txt")) {
			if (in == null) {
				throw new IllegalStateException("No starter file " + STARTERS + set + ".txt");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean notFound(Throwable ex) {
		return ex instanceof ElasticsearchException es && es.status() == 404;
	}

}
