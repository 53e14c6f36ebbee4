package nl.ouderbetrokkenheid.portal.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The taxonomy the portal tags everything with, read once from {@code taxonomy.json}.
 */
@Component
public class Taxonomy {

	/** A code with its Dutch and English labels. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Term(String code, String nl, String en, @JsonProperty("nl_description") String nlDescription) {
	}

	/** One cell of the 5x6 model: a partnership crossed with an aspect, and the question it asks. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Cell(String partnership, String aspect, String question) {
	}

	/** The whole taxonomy, as clients receive it. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Codes(List<Term> partnerships, List<Term> aspects, List<Cell> cells, List<Term> sectors,
			@JsonProperty("content_types") List<Term> contentTypes, @JsonProperty("event_kinds") List<Term> eventKinds,
			List<Term> regions, @JsonProperty("synonyms_hint") List<String> synonymsHint) {
	}

	private final Codes codes;

	private final Set<String> partnerships;

	private final Set<String> aspects;

	private final Set<String> sectors;

	private final Set<String> regions;

	private final Set<String> contentTypes;

	private final Set<String> eventKinds;

	public Taxonomy() {
		try (InputStream in = new ClassPathResource("taxonomy.json").getInputStream()) {
			this.codes = JsonMapper.builder().build().readValue(in, Codes.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.partnerships = codesOf(this.codes.partnerships());
		this.aspects = codesOf(this.codes.aspects());
		this.sectors = codesOf(this.codes.sectors());
		this.regions = codesOf(this.codes.regions());
		this.contentTypes = codesOf(this.codes.contentTypes());
		this.eventKinds = codesOf(this.codes.eventKinds());
	}

	public Codes codes() {
		return this.codes;
	}

	public boolean isPartnership(String code) {
		return this.partnerships.contains(code);
	}

	public boolean isAspect(String code) {
		return this.aspects.contains(code);
	}

	public boolean isSector(String code) {
		return this.sectors.contains(code);
	}

	public boolean isRegion(String code) {
		return this.regions.contains(code);
	}

	public boolean isContentType(String code) {
		return this.contentTypes.contains(code);
	}

	public boolean isEventKind(String code) {
		return this.eventKinds.contains(code);
	}

	private static Set<String> codesOf(List<Term> terms) {
		return terms.stream().map(Term::code).collect(Collectors.toUnmodifiableSet());
	}

}
