package nl.ouderbetrokkenheid.portal.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import nl.ouderbetrokkenheid.portal.system.Problems;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The taxonomy the portal tags everything with, read once from {@code taxonomy.json}. Every code a client sends is
 * checked here ({@link #check}), with one field error for every feature: {@code unknown-code}, naming the field.
 */
@Component
public class Taxonomy {

	/** The region of something meant for the whole country; not a province, so not in {@code taxonomy.json}. */
	public static final String NATIONAL = "NATIONAL";

	/** The most codes one filter parameter may select. */
	public static final int MAX_SELECTED = 20;

	private static final Term NATIONAL_TERM = new Term(NATIONAL, "Landelijk", "National", null, null);

	/** The kinds of code, each with its own list. */
	public enum Kind {

		CONTENT_TYPE, PARTNERSHIP, ASPECT, SECTOR,
		/** One of the twelve provinces, or {@link Taxonomy#NATIONAL}: where an item or an expert works. */
		REGION,
		/** One of the twelve provinces only: an event's place, a person's profile. */
		PROVINCE, EVENT_KIND,
		/** One of the six guidelines of the ISOP label, each a section of a school's dossier. */
		GUIDELINE

	}

	/** A code with its Dutch and English labels (and, for a partnership, what it stands for in both languages). */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Term(String code, String nl, String en, @JsonProperty("nl_description") String nlDescription,
			@JsonProperty("en_description") String enDescription) {

		public String label(Locale language) {
			return english(language) ? this.en : this.nl;
		}

		public String description(Locale language) {
			return english(language) ? this.enDescription : this.nlDescription;
		}

	}

	/** One cell of the 5x6 model: a partnership crossed with an aspect, and the question it asks, in Dutch and English. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Cell(String partnership, String aspect, String question,
			@JsonProperty("question_en") String questionEn) {

		public String question(Locale language) {
			return english(language) ? this.questionEn : this.question;
		}

	}

	/** The whole taxonomy, as clients receive it. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Codes(List<Term> partnerships, List<Term> aspects, List<Cell> cells, List<Term> sectors,
			@JsonProperty("content_types") List<Term> contentTypes, @JsonProperty("event_kinds") List<Term> eventKinds,
			List<Term> regions, @JsonProperty("synonyms_hint") List<String> synonymsHint,
			@JsonProperty("isop_label") IsopLabel isopLabel) {
	}

	/** The ISOP label: what it is, and its guidelines (a short name as label, the guideline itself as description). */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record IsopLabel(String about, List<Term> guidelines) {
	}

	private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private final Codes codes;

	private final Map<Kind, List<Term>> terms = new EnumMap<>(Kind.class);

	private final Map<Kind, Set<String>> known = new EnumMap<>(Kind.class);

	/** Per kind: each code and label, {@linkplain #key normalised}, to its code. */
	private final Map<Kind, Map<String, String>> byName = new EnumMap<>(Kind.class);

	public Taxonomy() {
		try (InputStream in = new ClassPathResource("taxonomy.json").getInputStream()) {
			this.codes = JsonMapper.builder().build().readValue(in, Codes.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.terms.put(Kind.CONTENT_TYPE, this.codes.contentTypes());
		this.terms.put(Kind.PARTNERSHIP, this.codes.partnerships());
		this.terms.put(Kind.ASPECT, this.codes.aspects());
		this.terms.put(Kind.SECTOR, this.codes.sectors());
		this.terms.put(Kind.REGION, Stream.concat(Stream.of(NATIONAL_TERM), this.codes.regions().stream()).toList());
		this.terms.put(Kind.PROVINCE, this.codes.regions());
		this.terms.put(Kind.EVENT_KIND, this.codes.eventKinds());
		this.terms.put(Kind.GUIDELINE, this.codes.isopLabel().guidelines());
		this.terms.forEach((kind, list) -> {
			this.known.put(kind, list.stream().map(Term::code).collect(Collectors.toUnmodifiableSet()));
			this.byName.put(kind, names(kind, list));
		});
	}

	public Codes codes() {
		return this.codes;
	}

	/** The codes of a kind with their labels, in the taxonomy's order ({@link #NATIONAL} first among regions). */
	public List<Term> terms(Kind kind) {
		return this.terms.get(kind);
	}

	/** Codes as a document keeps them, once checked: each once, in the order given, none missing. */
	public static List<String> stored(List<String> codes) {
		return (codes != null) ? new ArrayList<>(new LinkedHashSet<>(codes.stream().filter(Objects::nonNull).toList()))
				: new ArrayList<>();
	}

	public boolean knows(Kind kind, String code) {
		return code != null && this.known.get(kind).contains(code);
	}

	/**
	 * The field error for a value that is not a code of this kind; none for a known code or a missing value (bean
	 * validation says whether the field is required).
	 */
	public List<Problems.FieldError> check(String field, Kind kind, String code) {
		if (code == null || code.isBlank() || knows(kind, code)) {
			return List.of();
		}
		return List.of(unknown(field, code));
	}

	/** The field error for the first value in the list that is not a code of this kind, if any. */
	public List<Problems.FieldError> check(String field, Kind kind, Collection<String> codes) {
		if (codes == null) {
			return List.of();
		}
		return codes.stream()
			.filter(code -> code != null && !code.isBlank() && !knows(kind, code))
			.findFirst()
			.map(code -> List.of(unknown(field, code)))
			.orElse(List.of());
	}

	/**
	 * The codes a filter parameter selects, repeated or comma-separated ({@code ?sector=CARE,VVE}), without repeats;
	 * an unknown code or more than {@link #MAX_SELECTED} add a field error naming the parameter to {@code errors}.
	 */
	public List<String> selected(String parameter, Kind kind, List<String> values, List<Problems.FieldError> errors) {
		if (values == null) {
			return List.of();
		}
		List<String> codes = values.stream()
			.flatMap(value -> Stream.of(value.split(",")))
			.map(String::strip)
			.filter(value -> !value.isEmpty())
			.distinct()
			.toList();
		errors.addAll(check(parameter, kind, codes));
		if (codes.size() > MAX_SELECTED) {
			errors.add(new Problems.FieldError(parameter, Problems.Code.TOO_MANY, "too many values", null,
					(long) MAX_SELECTED));
		}
		return codes;
	}

	/**
	 * The code a person meant: the code itself, or its Dutch or English label, in any case, with spaces, hyphens
	 * and underscores alike and accents optional ({@code Zuid-Holland}, {@code zuid_holland}, {@code Landelijk},
	 * {@code opvang}). Empty when nothing matches.
	 */
	public Optional<String> codeFor(Kind kind, String written) {
		if (written == null || written.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.byName.get(kind).get(key(written)));
	}

	/** The languages the taxonomy speaks: English for English, Dutch for everything else. */
	private static boolean english(Locale language) {
		return language != null && language.getLanguage().equals("en");
	}

	private static Problems.FieldError unknown(String field, String code) {
		return new Problems.FieldError(field, Problems.Code.UNKNOWN_CODE, "unknown code '" + code + "'");
	}

	private static Map<String, String> names(Kind kind, List<Term> terms) {
		Map<String, String> names = new HashMap<>();
		for (Term term : terms) {
			for (String name : new String[] { term.code(), term.nl(), term.en() }) {
				if (name == null) {
					continue;
				}
				String other = names.putIfAbsent(key(name), term.code());
				if (other != null && !other.equals(term.code())) {
					throw new IllegalStateException(
							"taxonomy.json: '" + name + "' names both " + other + " and " + term.code() + " (" + kind + ")");
				}
			}
		}
		return Map.copyOf(names);
	}

	private static String key(String name) {
		String plain = MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("");
		return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ");
	}

}
