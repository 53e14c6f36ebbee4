package nl.ouderbetrokkenheid.portal.search;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexNames;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.SynonymSets;

import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The synonym list editors keep ("MR, medezeggenschapsraad"), one group a line. It is Elasticsearch's synonym set
 * {@code synonyms}: the search analyzers of items, events and experts expand a query with it ({@code synonym_graph},
 * so "voorschoolse educatie" also finds "VVE" and the other way round), and Elasticsearch reloads them when it
 * changes, so an edit is in force at once on every replica. Who changed it last, and when, is kept next to it.
 */
@Service
class SynonymService {

	static final String SET = "synonyms";

	static final String DOCUMENT_ID = "synonyms";

	/** Who saved the list last, and when; the list itself is the synonym set, kept once. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Edited(String updatedAt, String updatedBy) {
	}

	private final ReactiveElasticsearchClient client;

	private final SynonymSets sets;

	private final String index;

	private final Clock clock;

	SynonymService(ReactiveElasticsearchClient client, SynonymSets sets, IndexNames names, Clock clock) {
		this.client = client;
		this.sets = sets;
		this.index = names.alias("settings");
		this.clock = clock;
	}

	/** The groups the portal searches with: the shipped starter list until an editor saves one. */
	Mono<List<String>> groups() {
		return this.sets.rules(SET);
	}

	Mono<List<String>> replace(List<String> groups, String editor) {
		List<String> cleaned = groups.stream()
			.map(group -> String.join(", ", parse(group)))
			.filter(group -> group.contains(","))
			.distinct()
			.toList();
		Edited edited = new Edited(this.clock.instant().toString(), editor);
		return this.sets.replace(SET, cleaned)
			.then(Mono.defer(() -> this.client.index(i -> i.index(this.index).id(DOCUMENT_ID).document(edited))))
			.thenReturn(cleaned);
	}

	private static List<String> parse(String group) {
		// Commas separate members, "=>" would make a one-way rule and a backslash escapes: none belongs in a member.
		return Arrays.stream(group.replace("\\", " ").replace("=>", ",").split(","))
			.map(member -> member.strip().replaceAll("\\s+", " "))
			.filter(member -> !member.isEmpty())
			.toList();
	}

}
