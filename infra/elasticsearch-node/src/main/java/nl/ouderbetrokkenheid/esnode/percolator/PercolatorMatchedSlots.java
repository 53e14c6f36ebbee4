package nl.ouderbetrokkenheid.esnode.percolator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.elasticsearch.common.document.DocumentField;
import org.elasticsearch.search.fetch.FetchContext;
import org.elasticsearch.search.fetch.FetchSubPhase;
import org.elasticsearch.search.fetch.FetchSubPhaseProcessor;
import org.elasticsearch.search.fetch.StoredFieldsSpec;

/**
 * Adds {@code _percolator_document_slot} to each hit of a percolate query: which of the request's documents its
 * stored query matched, as stock does.
 */
final class PercolatorMatchedSlots implements FetchSubPhase {

	static final String FIELD = "_percolator_document_slot";

	@Override
	public FetchSubPhaseProcessor getProcessor(FetchContext context) {
		// A request with only suggestions (or a fetch by id) has no query to look into.
		if (context.query() == null) {
			return null;
		}
		List<PercolateQuery> found = new ArrayList<>();
		context.query().visit(new QueryVisitor() {

			@Override
			public void visitLeaf(Query query) {
				if (query instanceof PercolateQuery percolate) {
					found.add(percolate);
				}
			}

		});
		if (found.isEmpty()) {
			return null;
		}
		PercolateQuery percolate = found.getFirst();
		return new FetchSubPhaseProcessor() {

			@Override
			public void setNextReader(LeafReaderContext readerContext) {
			}

			@Override
			public void process(HitContext hit) throws IOException {
				// A fresh iterator per hit: doc values only move forward.
				BinaryDocValues queries = hit.reader().getBinaryDocValues(percolate.field());
				if (queries == null || !queries.advanceExact(hit.docId())) {
					return;
				}
				List<Object> slots = percolate.matchingSlots(queries.binaryValue());
				if (!slots.isEmpty()) {
					hit.hit().setDocumentField(new DocumentField(FIELD, slots));
				}
			}

			@Override
			public StoredFieldsSpec storedFieldsSpec() {
				return StoredFieldsSpec.NO_REQUIREMENTS;
			}

		};
	}

}
