package nl.ouderbetrokkenheid.esnode.percolator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Matches the documents whose stored query (binary doc values of the percolator field) matches at least one of the
 * percolated documents. Each candidate costs a parse and a search of the in-memory index, so it runs as the second
 * phase: the search's other clauses (filters) narrow the candidates first. Scores are constant.
 */
final class PercolateQuery extends Query {

	/** Builds the Lucene query of a stored query's JSON. */
	interface StoredQueries {

		Query query(BytesRef json) throws IOException;

	}

	private final String field;

	private final IndexSearcher documents;

	private final int slots;

	private final StoredQueries stored;

	PercolateQuery(String field, IndexSearcher documents, int slots, StoredQueries stored) {
		this.field = field;
		this.documents = documents;
		this.slots = slots;
		this.stored = stored;
	}

	String field() {
		return this.field;
	}

	/** The slots (positions in the request's documents) that a stored query matches, in order. */
	List<Object> matchingSlots(BytesRef json) throws IOException {
		ScoreDoc[] hits = this.documents.search(this.stored.query(json), this.slots).scoreDocs;
		int[] slots = Arrays.stream(hits).mapToInt(hit -> hit.doc).sorted().toArray();
		List<Object> found = new ArrayList<>(slots.length);
		for (int slot : slots) {
			found.add(slot);
		}
		return found;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
		return new ConstantScoreWeight(this, boost) {

			@Override
			public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
				BinaryDocValues queries = context.reader().getBinaryDocValues(PercolateQuery.this.field);
				if (queries == null) {
					return null;
				}
				float score = score();
				return new ScorerSupplier() {

					@Override
					public Scorer get(long leadCost) {
						TwoPhaseIterator matching = new TwoPhaseIterator(queries) {

							@Override
							public boolean matches() throws IOException {
								return PercolateQuery.this.documents
									.count(PercolateQuery.this.stored.query(queries.binaryValue())) > 0;
							}

							// A parse and a search per candidate: far costlier than any index lookup.
							@Override
							public float matchCost() {
								return 10_000f;
							}

						};
						return new ConstantScoreScorer(score, scoreMode, matching);
					}

					@Override
					public long cost() {
						return queries.cost();
					}

				};
			}

			// It holds the request's documents: nothing to reuse for another request.
			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return false;
			}

		};
	}

	@Override
	public void visit(QueryVisitor visitor) {
		visitor.visitLeaf(this);
	}

	@Override
	public String toString(String ignored) {
		return "PercolateQuery(field=" + this.field + ", slots=" + this.slots + ")";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.field.equals(((PercolateQuery) other).field)
				&& this.documents == ((PercolateQuery) other).documents;
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), this.field, System.identityHashCode(this.documents));
	}

}
