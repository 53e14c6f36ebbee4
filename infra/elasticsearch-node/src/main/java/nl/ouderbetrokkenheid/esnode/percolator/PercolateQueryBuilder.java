package nl.ouderbetrokkenheid.esnode.percolator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.elasticsearch.TransportVersion;
import org.elasticsearch.common.ParsingException;
import org.elasticsearch.common.breaker.CircuitBreaker;
import org.elasticsearch.common.breaker.NoopCircuitBreaker;
import org.elasticsearch.common.bytes.BytesArray;
import org.elasticsearch.common.bytes.BytesReference;
import org.elasticsearch.common.io.stream.StreamInput;
import org.elasticsearch.common.io.stream.StreamOutput;
import org.elasticsearch.common.lucene.Lucene;
import org.elasticsearch.common.xcontent.XContentHelper;
import org.elasticsearch.index.mapper.MappedFieldType;
import org.elasticsearch.index.mapper.ParsedDocument;
import org.elasticsearch.index.mapper.SourceToParse;
import org.elasticsearch.index.query.AbstractQueryBuilder;
import org.elasticsearch.index.query.QueryBuilder;
import org.elasticsearch.index.query.QueryShardException;
import org.elasticsearch.index.query.Rewriteable;
import org.elasticsearch.index.query.SearchExecutionContext;
import org.elasticsearch.search.internal.MaxClauseCountQueryVisitor;
import org.elasticsearch.xcontent.ToXContent;
import org.elasticsearch.xcontent.XContentBuilder;
import org.elasticsearch.xcontent.XContentFactory;
import org.elasticsearch.xcontent.XContentParser;
import org.elasticsearch.xcontent.XContentType;

/**
 * {@code percolate}: the stored queries of a {@code percolator} field that match one or more given documents. The
 * documents are parsed with the index's mapping and analysed into a small in-memory index, one Lucene document per
 * slot; each stored query the rest of the search leaves is then run against it. Only documents given in the request
 * ({@code document} or {@code documents}); stock's {@code index}/{@code id} form is refused.
 */
final class PercolateQueryBuilder extends AbstractQueryBuilder<PercolateQueryBuilder> {

	static final String NAME = "percolate";

	private final String field;

	private final List<BytesReference> documents;

	PercolateQueryBuilder(String field, List<BytesReference> documents) {
		this.field = Objects.requireNonNull(field);
		this.documents = List.copyOf(documents);
	}

	PercolateQueryBuilder(StreamInput in) throws IOException {
		super(in);
		this.field = in.readString();
		this.documents = in.readCollectionAsList(StreamInput::readBytesReference);
	}

	static PercolateQueryBuilder fromXContent(XContentParser parser) throws IOException {
		String field = null;
		List<BytesReference> documents = new ArrayList<>();
		float boost = DEFAULT_BOOST;
		String queryName = null;
		String current = null;
		XContentParser.Token token;
		while ((token = parser.nextToken()) != XContentParser.Token.END_OBJECT) {
			if (token == XContentParser.Token.FIELD_NAME) {
				current = parser.currentName();
			}
			else if (token == XContentParser.Token.START_OBJECT && "document".equals(current)) {
				documents.add(copy(parser));
			}
			else if (token == XContentParser.Token.START_ARRAY && "documents".equals(current)) {
				while (parser.nextToken() != XContentParser.Token.END_ARRAY) {
					if (parser.currentToken() != XContentParser.Token.START_OBJECT) {
						throw new ParsingException(parser.getTokenLocation(), "[percolate] documents must be objects");
					}
					documents.add(copy(parser));
				}
			}
			else if (token.isValue() && "field".equals(current)) {
				field = parser.text();
			}
			else if (token.isValue() && "boost".equals(current)) {
				boost = parser.floatValue();
			}
			else if (token.isValue() && "_name".equals(current)) {
				queryName = parser.text();
			}
			else {
				throw new ParsingException(parser.getTokenLocation(),
						"[percolate] query does not support [" + current + "] on this node");
			}
		}
		if (field == null) {
			throw new ParsingException(parser.getTokenLocation(), "[percolate] requires [field]");
		}
		if (documents.isEmpty()) {
			throw new ParsingException(parser.getTokenLocation(),
					"[percolate] requires [document] or [documents] (stored documents by index and id are not supported on this node)");
		}
		PercolateQueryBuilder query = new PercolateQueryBuilder(field, documents);
		query.boost(boost);
		query.queryName(queryName);
		return query;
	}

	private static BytesReference copy(XContentParser parser) throws IOException {
		try (XContentBuilder copy = XContentFactory.jsonBuilder()) {
			copy.copyCurrentStructure(parser);
			return BytesReference.bytes(copy);
		}
	}

	@Override
	protected void doWriteTo(StreamOutput out) throws IOException {
		out.writeString(this.field);
		out.writeCollection(this.documents, StreamOutput::writeBytesReference);
	}

	@Override
	protected void doXContent(XContentBuilder builder, ToXContent.Params params) throws IOException {
		builder.startObject(NAME);
		builder.field("field", this.field);
		builder.startArray("documents");
		for (BytesReference document : this.documents) {
			builder.rawValue(document.streamInput(), XContentType.JSON);
		}
		builder.endArray();
		boostAndQueryNameToXContent(builder);
		builder.endObject();
	}

	@Override
	protected Query doToQuery(SearchExecutionContext context, MaxClauseCountQueryVisitor visitor) throws IOException {
		MappedFieldType type = context.getFieldType(this.field);
		if (type == null) {
			throw new QueryShardException(context, "field [" + this.field + "] does not exist");
		}
		if (!(type instanceof PercolatorFieldMapper.PercolatorFieldType)) {
			throw new QueryShardException(context, "expected field [" + this.field + "] to be of type [percolator], but is of type ["
					+ type.typeName() + "]");
		}
		// The stored queries are built while the search runs, after the request's own context is frozen. Each one is
		// built, run and dropped; counted against the request breaker they would add up to "data too large" over
		// thousands of stored queries, as if all were held at once.
		SearchExecutionContext stored = new SearchExecutionContext(context, new NoopCircuitBreaker(CircuitBreaker.REQUEST));
		return new PercolateQuery(this.field, documentSearcher(context), this.documents.size(),
				json -> storedQuery(stored, json));
	}

	/** The documents, analysed as the index would, in an in-memory index where document {@code i} is slot {@code i}. */
	private IndexSearcher documentSearcher(SearchExecutionContext context) throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory,
				Lucene.indexWriterConfigWithNoMerging(context.getIndexAnalyzer(name -> Lucene.KEYWORD_ANALYZER)))) {
			for (int slot = 0; slot < this.documents.size(); slot++) {
				ParsedDocument parsed = context
					.parseDocument(new SourceToParse("percolated-" + slot, this.documents.get(slot), XContentType.JSON));
				if (parsed.docs().size() != 1) {
					throw new QueryShardException(context, "documents with nested objects cannot be percolated on this node");
				}
				writer.addDocument(parsed.rootDoc());
			}
		}
		IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
		searcher.setQueryCache(null);
		return searcher;
	}

	private static Query storedQuery(SearchExecutionContext context, BytesRef json) throws IOException {
		try (XContentParser parser = XContentHelper.createParserNotCompressed(context.getParserConfig(),
				new BytesArray(json.bytes, json.offset, json.length), XContentType.JSON)) {
			QueryBuilder query = AbstractQueryBuilder.parseTopLevelQuery(parser);
			return Rewriteable.rewrite(query, context).toQuery(context);
		}
	}

	@Override
	protected boolean doEquals(PercolateQueryBuilder other) {
		return this.field.equals(other.field) && this.documents.equals(other.documents);
	}

	@Override
	protected int doHashCode() {
		return Objects.hash(this.field, this.documents);
	}

	@Override
	public String getWriteableName() {
		return NAME;
	}

	@Override
	public TransportVersion getMinimalSupportedVersion() {
		return TransportVersion.zero();
	}

}
