package nl.ouderbetrokkenheid.portal.search;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;

/**
 * The one way the portal matches what a person typed against Dutch text: the catalogue, the events and the experts
 * directory all search with it. The fields' analysis does the language work (stems, compound parts at index time,
 * the editors' synonyms at search time, folded accents); this query adds what analysis cannot: only the words that
 * carry the question count against a match, neighbouring words are also tried as one compound ("huis bezoek"), and
 * typos are allowed only as far as the chosen {@link Strictness} says. Typed queries only: no user text ever reaches
 * a query language.
 *
 * @param analysed the fields with the Dutch analysis, with boosts ({@code "title^3"})
 * @param plain their folded but otherwise unanalysed twins, where typos are matched
 * @param phrase the fields where the whole text as a phrase ranks higher
 * @param secondary analysed fields that may find a document on their own but weigh less than the others (the text
 * of attached files): a clause of their own, so documents without them score exactly as before
 */
public record TextQuery(List<String> analysed, List<String> plain, List<String> phrase, List<String> secondary) {

	/** How much a match in the secondary fields weighs against one in the main fields. */
	static final float SECONDARY_BOOST = 0.3f;

	public TextQuery(List<String> analysed, List<String> plain, List<String> phrase) {
		this(analysed, plain, phrase, List.of());
	}

	/** How much of what was typed must match. */
	public enum Strictness {

		/** Most of the words that carry the query (all up to three), as typed: the first and cheapest reading. */
		EXACT("3<80%", false),

		/** As {@link #EXACT}, or all of those words with typos allowed: one query where a second one costs more. */
		FORGIVING("3<80%", true),

		/**
		 * All but one of those words, half of them from four on, typos allowed: for questions no item answers word for
		 * word, and for misspellings.
		 */
		RELAXED("1<-1 3<50%", true);

		private final String minimumShouldMatch;

		private final boolean typos;

		Strictness(String minimumShouldMatch, boolean typos) {
			this.minimumShouldMatch = minimumShouldMatch;
			this.typos = typos;
		}

		/** Whether typos may match. */
		public boolean typos() {
			return this.typos;
		}

	}

	/** The text and its joined compounds ("voorlees ontbijt" also as "voorleesontbijt"): the usual readings. */
	public static List<String> readings(String text) {
		List<String> readings = new ArrayList<>();
		readings.add(text);
		QueryText.joinedCompounds(text).stream().filter(joined -> !readings.contains(joined)).forEach(readings::add);
		return readings;
	}

	public Query query(String text, Strictness strictness) {
		return query(text, readings(text), strictness);
	}

	/** Matches any of the readings of {@code text} as strictly as asked; the phrase of the text itself ranks higher. */
	public Query query(String text, List<String> readings, Strictness strictness) {
		BoolQuery.Builder bool = new BoolQuery.Builder().minimumShouldMatch("1");
		// A question read as typed needs all but one of its content words, half from four on: it says more than the
		// item that answers it, and the ranking still puts the items with most of its words first.
		String required = (strictness != Strictness.RELAXED && QueryText.isQuestion(text))
				? Strictness.RELAXED.minimumShouldMatch : strictness.minimumShouldMatch;
		for (String reading : readings) {
			String content = QueryText.contentWords(reading);
			bool.should(q -> q.multiMatch(m -> m.query(content)
				.type(TextQueryType.CrossFields)
				.fields(this.analysed)
				.operator(Operator.Or)
				.minimumShouldMatch(required)));
			if (!this.secondary.isEmpty()) {
				bool.should(q -> q.multiMatch(m -> m.query(content)
					.type(TextQueryType.CrossFields)
					.fields(this.secondary)
					.operator(Operator.Or)
					.minimumShouldMatch(required)
					.boost(SECONDARY_BOOST)));
			}
			if (strictness.typos && !this.plain.isEmpty()) {
				bool.should(q -> q.multiMatch(m -> {
					m.query(content)
						.type(TextQueryType.BestFields)
						.fields(this.plain)
						.fuzziness("AUTO")
						.prefixLength(1)
						.boost(0.4f);
					return (strictness == Strictness.RELAXED)
							? m.operator(Operator.Or).minimumShouldMatch(strictness.minimumShouldMatch)
							: m.operator(Operator.And);
				}));
			}
		}
		if (!this.phrase.isEmpty()) {
			bool.should(q -> q.multiMatch(m -> m.query(text).type(TextQueryType.Phrase).slop(2).fields(this.phrase).boost(2f)));
		}
		return Query.of(q -> q.bool(bool.build()));
	}

}
