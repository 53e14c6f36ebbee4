package nl.ouderbetrokkenheid.portal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexNames;

import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The synonym list editors keep ("MR, medezeggenschapsraad"). A search for one member also searches for the others.
 * Expanding in the application, rather than with a synonym filter in the index, means an edit is in force at once
 * on every replica and cluster, without reloading analyzers or touching nodes' config files.
 */
@Service
class SynonymService {

	static final String DOCUMENT_ID = "synonyms";

	static final String STARTER_LIST = "/search/synonyms.txt";

	/** How long a replica trusts its copy before reading the list again, so other replicas' edits arrive. */
	private static final Duration STALE_AFTER = Duration.ofSeconds(30);

	private static final int MAX_VARIANTS = 8;

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Stored(List<String> synonyms, String updatedAt, String updatedBy) {
	}

	private record Loaded(List<String> groups, List<List<String>> folded, Instant at) {
	}

	private final ReactiveElasticsearchClient client;

	private final String index;

	private final Clock clock;

	private final List<String> defaults;

	private final AtomicReference<Loaded> current = new AtomicReference<>();

	SynonymService(ReactiveElasticsearchClient client, IndexNames names, Clock clock) {
		this.client = client;
		this.index = names.alias("settings");
		this.clock = clock;
		this.defaults = starterList();
	}

	/** The groups in {@link #STARTER_LIST}: what the portal searches with until an editor saves a list. */
	static List<String> starterList() {
		try (InputStream in = SynonymService.class.getResourceAsStream(STARTER_LIST)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + STARTER_LIST);
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

	Mono<List<String>> groups() {
		return loaded().map(Loaded::groups);
	}

	Mono<List<String>> replace(List<String> groups, String editor) {
		List<String> cleaned = groups.stream()
			.map(group -> String.join(", ", parse(group)))
			.filter(group -> group.contains(","))
			.distinct()
			.toList();
		Stored stored = new Stored(cleaned, this.clock.instant().toString(), editor);
		return Mono.defer(() -> this.client.index(i -> i.index(this.index).id(DOCUMENT_ID).document(stored)))
			.doOnNext(r -> this.current.set(load(cleaned)))
			.thenReturn(cleaned);
	}

	/** The text itself first, then the text with each synonym swapped in for a member it contains. */
	Mono<List<String>> variants(String text) {
		return loaded().map(loaded -> {
			String folded = TextNormalizer.fold(text);
			Set<String> variants = new LinkedHashSet<>();
			variants.add(text);
			for (List<String> group : loaded.folded()) {
				for (String member : group) {
					Matcher matcher = wordPattern(member).matcher(folded);
					if (!matcher.find()) {
						continue;
					}
					for (String other : group) {
						if (!other.equals(member) && variants.size() < MAX_VARIANTS) {
							variants.add(matcher.replaceAll(Matcher.quoteReplacement(other)));
						}
					}
				}
			}
			return List.copyOf(variants);
		});
	}

	private Mono<Loaded> loaded() {
		Loaded loaded = this.current.get();
		if (loaded != null && loaded.at().plus(STALE_AFTER).isAfter(this.clock.instant())) {
			return Mono.just(loaded);
		}
		return Mono.defer(() -> this.client.get(g -> g.index(this.index).id(DOCUMENT_ID), Stored.class))
			.map(response -> (response.found() && response.source() != null) ? response.source().synonyms()
					: this.defaults)
			.onErrorResume(ElasticsearchException.class, ex -> Mono.just(this.defaults))
			.map(this::load)
			.doOnNext(this.current::set);
	}

	private Loaded load(List<String> groups) {
		List<List<String>> folded = new ArrayList<>();
		for (String group : groups) {
			folded.add(parse(group).stream().map(TextNormalizer::fold).distinct().toList());
		}
		return new Loaded(List.copyOf(groups), folded, this.clock.instant());
	}

	private static List<String> parse(String group) {
		return Arrays.stream(group.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static Pattern wordPattern(String member) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(member) + "(?![\\p{L}\\p{N}])");
	}

}
