package nl.ouderbetrokkenheid.esnode.mapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.IOFunction;
import org.elasticsearch.common.CheckedIntFunction;
import org.elasticsearch.common.unit.Fuzziness;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.index.analysis.IndexAnalyzers;
import org.elasticsearch.index.analysis.NamedAnalyzer;
import org.elasticsearch.index.mapper.DocumentParserContext;
import org.elasticsearch.index.mapper.FieldMapper;
import org.elasticsearch.index.mapper.IndexType;
import org.elasticsearch.index.mapper.MapperBuilderContext;
import org.elasticsearch.index.mapper.SourceValueFetcher;
import org.elasticsearch.index.mapper.TextFamilyFieldType;
import org.elasticsearch.index.mapper.TextFieldMapper;
import org.elasticsearch.index.mapper.TextParams;
import org.elasticsearch.index.mapper.TextSearchInfo;
import org.elasticsearch.index.mapper.ValueFetcher;
import org.elasticsearch.index.query.SearchExecutionContext;
import org.elasticsearch.search.lookup.SourceProvider;

/**
 * {@code match_only_text}: text indexed without positions, frequencies or norms, with the index's default analyzer and
 * only the {@code meta} parameter, as mapper-extras defines it. Queries score constantly; values come from
 * {@code _source}, and phrase queries ({@code match_phrase}, multi-word synonyms) are checked against it. Unlike stock,
 * {@code match_phrase_prefix} and interval queries are refused here.
 */
class MatchOnlyTextFieldMapper extends FieldMapper {

	static final String CONTENT_TYPE = "match_only_text";

	private static final FieldType FIELD_TYPE;

	static {
		FieldType type = new FieldType();
		type.setTokenized(true);
		type.setStored(false);
		type.setStoreTermVectors(false);
		type.setOmitNorms(true);
		type.setIndexOptions(IndexOptions.DOCS);
		FIELD_TYPE = freezeAndDeduplicateFieldType(type);
	}

	static final TypeParser PARSER = new TypeParser(
			(name, context) -> new Builder(name, context.indexVersionCreated(), context.getIndexAnalyzers()));

	private final IndexVersion indexCreatedVersion;

	private final IndexAnalyzers indexAnalyzers;

	private final NamedAnalyzer indexAnalyzer;

	private final int positionIncrementGap;

	private MatchOnlyTextFieldMapper(String leafName, MatchOnlyTextFieldType type, BuilderParams params, Builder builder) {
		super(leafName, type, params);
		this.indexCreatedVersion = builder.indexCreatedVersion;
		this.indexAnalyzers = builder.analyzers.indexAnalyzers;
		this.indexAnalyzer = builder.analyzers.getIndexAnalyzer();
		this.positionIncrementGap = builder.analyzers.positionIncrementGap.getValue();
	}

	@Override
	public Map<String, NamedAnalyzer> indexAnalyzers() {
		return Map.of(fullPath(), this.indexAnalyzer);
	}

	@Override
	protected void parseCreateField(DocumentParserContext context) throws IOException {
		String value = context.parser().textOrNull();
		if (value == null) {
			return;
		}
		context.doc().add(new Field(fieldType().name(), value, FIELD_TYPE));
		// Without norms the field would not be found by exists queries otherwise.
		context.addToFieldNames(fieldType().name());
	}

	@Override
	public FieldMapper.Builder getMergeBuilder() {
		return new Builder(leafName(), this.indexCreatedVersion, this.indexAnalyzers).init(this);
	}

	@Override
	protected String contentType() {
		return CONTENT_TYPE;
	}

	static final class Builder extends FieldMapper.Builder {

		private final IndexVersion indexCreatedVersion;

		private final Parameter<Map<String, String>> meta = Parameter.metaParam();

		// Not parameters of this type: the index's default analyzers apply.
		private final TextParams.Analyzers analyzers;

		Builder(String name, IndexVersion indexCreatedVersion, IndexAnalyzers indexAnalyzers) {
			super(name);
			this.indexCreatedVersion = indexCreatedVersion;
			this.analyzers = new TextParams.Analyzers(indexAnalyzers, (mapper) -> ((MatchOnlyTextFieldMapper) mapper).indexAnalyzer,
					(mapper) -> ((MatchOnlyTextFieldMapper) mapper).positionIncrementGap, indexCreatedVersion);
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
		public MatchOnlyTextFieldMapper build(MapperBuilderContext context) {
			TextSearchInfo search = new TextSearchInfo(FIELD_TYPE, null, this.analyzers.getSearchAnalyzer(),
					this.analyzers.getSearchQuoteAnalyzer());
			MatchOnlyTextFieldType type = new MatchOnlyTextFieldType(context.buildFullName(leafName()), search,
					this.analyzers.getIndexAnalyzer(), this.meta.getValue());
			return new MatchOnlyTextFieldMapper(leafName(), type, builderParams(this, context), this);
		}

	}

	static final class MatchOnlyTextFieldType extends TextFamilyFieldType {

		private final Analyzer indexAnalyzer;

		MatchOnlyTextFieldType(String name, TextSearchInfo search, Analyzer indexAnalyzer, Map<String, String> meta) {
			super(name, IndexType.terms(true, false), false, search, meta, false, false);
			this.indexAnalyzer = indexAnalyzer;
		}

		@Override
		public String typeName() {
			return CONTENT_TYPE;
		}

		@Override
		public String familyTypeName() {
			return TextFieldMapper.CONTENT_TYPE;
		}

		@Override
		public ValueFetcher valueFetcher(SearchExecutionContext context, String format) {
			return SourceValueFetcher.toString(name(), context, format);
		}

		// Without frequencies a score would mean nothing.
		@Override
		public Query termQuery(Object value, SearchExecutionContext context) {
			return new ConstantScoreQuery(super.termQuery(value, context));
		}

		@Override
		public Query fuzzyQuery(Object value, Fuzziness fuzziness, int prefixLength, int maxExpansions, boolean transpositions,
				SearchExecutionContext context, MultiTermQuery.RewriteMethod rewriteMethod) {
			return new ConstantScoreQuery(
					super.fuzzyQuery(value, fuzziness, prefixLength, maxExpansions, transpositions, context, rewriteMethod));
		}

		@Override
		public Query phraseQuery(TokenStream stream, int slop, boolean enablePositionIncrements,
				SearchExecutionContext context) throws IOException {
			PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(slop);
			TermToBytesRefAttribute term = stream.getAttribute(TermToBytesRefAttribute.class);
			PositionIncrementAttribute increment = stream.getAttribute(PositionIncrementAttribute.class);
			int position = -1;
			stream.reset();
			while (stream.incrementToken()) {
				position += enablePositionIncrements ? increment.getPositionIncrement() : 1;
				phrase.add(new Term(name(), term.getBytesRef()), position);
			}
			return confirmedBySource(phrase.build(), context);
		}

		@Override
		public Query multiPhraseQuery(TokenStream stream, int slop, boolean enablePositionIncrements,
				SearchExecutionContext context) throws IOException {
			return confirmedBySource(TextFieldMapper.createPhraseQuery(stream, name(), slop, enablePositionIncrements),
					context);
		}

		private Query confirmedBySource(Query phrase, SearchExecutionContext context) {
			if (!context.isSourceEnabled()) {
				throw new IllegalArgumentException("Field [" + name() + "] of type [" + CONTENT_TYPE
						+ "] cannot run positional queries since [_source] is disabled.");
			}
			return new SourceConfirmedPhraseQuery(phrase, this.indexAnalyzer, sourceValues(context));
		}

		private IOFunction<LeafReaderContext, CheckedIntFunction<List<Object>, IOException>> sourceValues(
				SearchExecutionContext context) {
			return (leaf) -> {
				ValueFetcher fetcher = valueFetcher(context, null);
				SourceProvider sources = context.lookup();
				fetcher.setNextReader(leaf);
				return (doc) -> fetcher.fetchValues(sources.getSource(leaf, doc), doc, new ArrayList<>());
			};
		}

	}

}
