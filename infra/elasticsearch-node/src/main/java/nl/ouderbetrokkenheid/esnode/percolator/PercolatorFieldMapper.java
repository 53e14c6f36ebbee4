package nl.ouderbetrokkenheid.esnode.percolator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.elasticsearch.common.Strings;
import org.elasticsearch.index.mapper.DocumentParserContext;
import org.elasticsearch.index.mapper.DocumentParsingException;
import org.elasticsearch.index.mapper.FieldMapper;
import org.elasticsearch.index.mapper.IndexType;
import org.elasticsearch.index.mapper.MappedFieldType;
import org.elasticsearch.index.mapper.MapperBuilderContext;
import org.elasticsearch.index.mapper.SourceValueFetcher;
import org.elasticsearch.index.mapper.ValueFetcher;
import org.elasticsearch.index.query.AbstractQueryBuilder;
import org.elasticsearch.index.query.QueryBuilder;
import org.elasticsearch.index.query.QueryShardException;
import org.elasticsearch.index.query.SearchExecutionContext;
import org.elasticsearch.xcontent.XContentParser;

/**
 * {@code percolator}: a field holding a query. The query is parsed when the document is indexed (a query the node
 * cannot read is refused then, as stock refuses it) and kept, as its normalised JSON, in binary doc values, where the
 * {@code percolate} query reads it. Unlike stock, no terms are extracted to preselect candidates: every stored query
 * that the rest of the search (its filters) leaves is run against the percolated documents.
 */
class PercolatorFieldMapper extends FieldMapper {

	static final String CONTENT_TYPE = "percolator";

	static final TypeParser PARSER = new TypeParser((name, context) -> new Builder(name));

	private PercolatorFieldMapper(String leafName, MappedFieldType type, BuilderParams params) {
		super(leafName, type, params);
	}

	@Override
	protected void parseCreateField(DocumentParserContext context) throws IOException {
		XContentParser parser = context.parser();
		if (parser.currentToken() == XContentParser.Token.VALUE_NULL) {
			return;
		}
		if (parser.currentToken() != XContentParser.Token.START_OBJECT) {
			throw new DocumentParsingException(parser.getTokenLocation(),
					"[percolator] field [" + fullPath() + "] must hold a query object");
		}
		QueryBuilder query = AbstractQueryBuilder.parseTopLevelQuery(parser);
		if (context.doc().getField(fieldType().name()) != null) {
			throw new DocumentParsingException(parser.getTokenLocation(),
					"[percolator] field [" + fullPath() + "] holds one query, not several");
		}
		context.doc().add(new BinaryDocValuesField(fieldType().name(), json(query)));
	}

	static BytesRef json(QueryBuilder query) {
		return new BytesRef(Strings.toString(query).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public FieldMapper.Builder getMergeBuilder() {
		return new Builder(leafName()).init(this);
	}

	@Override
	protected String contentType() {
		return CONTENT_TYPE;
	}

	static final class Builder extends FieldMapper.Builder {

		private final Parameter<Map<String, String>> meta = Parameter.metaParam();

		Builder(String name) {
			super(name);
		}

		@Override
		protected Parameter<?>[] getParameters() {
			return new Parameter<?>[] { this.meta };
		}

		@Override
		public String contentType() {
			return CONTENT_TYPE;
		}

		@Override
		public PercolatorFieldMapper build(MapperBuilderContext context) {
			return new PercolatorFieldMapper(leafName(),
					new PercolatorFieldType(context.buildFullName(leafName()), this.meta.getValue()),
					builderParams(this, context));
		}

	}

	static final class PercolatorFieldType extends MappedFieldType {

		PercolatorFieldType(String name, Map<String, String> meta) {
			super(name, IndexType.docValuesOnly(), false, meta);
		}

		@Override
		public String typeName() {
			return CONTENT_TYPE;
		}

		@Override
		public ValueFetcher valueFetcher(SearchExecutionContext context, String format) {
			return SourceValueFetcher.identity(name(), context, format);
		}

		@Override
		public Query termQuery(Object value, SearchExecutionContext context) {
			throw new QueryShardException(context, "Percolator fields are not searchable directly, use a percolate query instead");
		}

	}

}
