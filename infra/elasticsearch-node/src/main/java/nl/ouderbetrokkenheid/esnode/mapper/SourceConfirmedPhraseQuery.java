package nl.ouderbetrokkenheid.esnode.mapper;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.IOFunction;
import org.elasticsearch.common.CheckedIntFunction;

/**
 * A phrase query on a field indexed without positions: documents that contain all the phrase's words are candidates, and
 * a candidate matches if the phrase query matches its {@code _source} values analysed again in memory. Scores are
 * constant.
 */
final class SourceConfirmedPhraseQuery extends Query {

	private final Query phrase;

	private final Query candidates;

	private final Analyzer indexAnalyzer;

	private final IOFunction<LeafReaderContext, CheckedIntFunction<List<Object>, IOException>> values;

	SourceConfirmedPhraseQuery(Query phrase, Analyzer indexAnalyzer,
			IOFunction<LeafReaderContext, CheckedIntFunction<List<Object>, IOException>> values) {
		this(phrase, candidates(phrase), indexAnalyzer, values);
	}

	private SourceConfirmedPhraseQuery(Query phrase, Query candidates, Analyzer indexAnalyzer,
			IOFunction<LeafReaderContext, CheckedIntFunction<List<Object>, IOException>> values) {
		this.phrase = phrase;
		this.candidates = candidates;
		this.indexAnalyzer = indexAnalyzer;
		this.values = values;
	}

	/** Every word of the phrase must be there; of a position with alternatives (synonyms), one of them. */
	private static Query candidates(Query phrase) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		if (phrase instanceof PhraseQuery single) {
			if (single.getTerms().length == 0) {
				return new MatchNoDocsQuery();
			}
			for (Term term : single.getTerms()) {
				all.add(new TermQuery(term), Occur.FILTER);
			}
			return all.build();
		}
		if (phrase instanceof MultiPhraseQuery multi) {
			if (multi.getTermArrays().length == 0) {
				return new MatchNoDocsQuery();
			}
			for (Term[] position : multi.getTermArrays()) {
				BooleanQuery.Builder any = new BooleanQuery.Builder();
				for (Term term : position) {
					any.add(new TermQuery(term), Occur.SHOULD);
				}
				all.add(any.build(), Occur.FILTER);
			}
			return all.build();
		}
		throw new IllegalArgumentException("Unsupported positional query on match_only_text: " + phrase);
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		Query rewritten = this.candidates.rewrite(searcher);
		if (rewritten != this.candidates) {
			return new SourceConfirmedPhraseQuery(this.phrase, rewritten, this.indexAnalyzer, this.values);
		}
		return super.rewrite(searcher);
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		Weight candidateWeight = searcher.createWeight(this.candidates, ScoreMode.COMPLETE_NO_SCORES, 1f);
		return new ConstantScoreWeight(this, boost) {

			@Override
			public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
				ScorerSupplier candidateScorers = candidateWeight.scorerSupplier(context);
				if (candidateScorers == null) {
					return null;
				}
				CheckedIntFunction<List<Object>, IOException> documentValues = SourceConfirmedPhraseQuery.this.values
					.apply(context);
				float score = score();
				return new ScorerSupplier() {

					@Override
					public Scorer get(long leadCost) throws IOException {
						Scorer candidates = candidateScorers.get(leadCost);
						TwoPhaseIterator confirmed = new TwoPhaseIterator(candidates.iterator()) {

							@Override
							public boolean matches() throws IOException {
								return confirm(documentValues.apply(this.approximation.docID()));
							}

							// Reading and analysing the source is far costlier than any index lookup.
							@Override
							public float matchCost() {
								return 1000f;
							}

						};
						return new ConstantScoreScorer(score, scoreMode, confirmed);
					}

					@Override
					public long cost() {
						return candidateScorers.cost();
					}

				};
			}

			// It keeps the search's source lookup: not worth keeping in the query cache.
			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return false;
			}

		};
	}

	private boolean confirm(List<Object> documentValues) {
		MemoryIndex memory = new MemoryIndex();
		String field = field();
		for (Object value : documentValues) {
			memory.addField(field, value.toString(), this.indexAnalyzer);
		}
		return memory.search(this.phrase) > 0;
	}

	private String field() {
		if (this.phrase instanceof PhraseQuery single) {
			return single.getField();
		}
		return ((MultiPhraseQuery) this.phrase).getTermArrays()[0][0].field();
	}

	@Override
	public void visit(QueryVisitor visitor) {
		this.phrase.visit(visitor.getSubVisitor(Occur.MUST, this));
	}

	@Override
	public String toString(String field) {
		return "SourceConfirmed(" + this.phrase.toString(field) + ")";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.phrase.equals(((SourceConfirmedPhraseQuery) other).phrase)
				&& this.candidates.equals(((SourceConfirmedPhraseQuery) other).candidates);
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), this.phrase, this.candidates);
	}

}
