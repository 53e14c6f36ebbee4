package nl.ouderbetrokkenheid.esnode.percolator;

import java.util.List;
import java.util.Map;

import org.elasticsearch.index.mapper.Mapper;
import org.elasticsearch.plugins.MapperPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.SearchPlugin;
import org.elasticsearch.search.fetch.FetchSubPhase;

/** Registers the {@code percolator} field type, the {@code percolate} query and its slots under the module's names. */
public class PercolatorPlugin extends Plugin implements MapperPlugin, SearchPlugin {

	@Override
	public Map<String, Mapper.TypeParser> getMappers() {
		return Map.of(PercolatorFieldMapper.CONTENT_TYPE, PercolatorFieldMapper.PARSER);
	}

	@Override
	public List<QuerySpec<?>> getQueries() {
		return List.of(new QuerySpec<>(PercolateQueryBuilder.NAME, PercolateQueryBuilder::new,
				PercolateQueryBuilder::fromXContent));
	}

	@Override
	public List<FetchSubPhase> getFetchSubPhases(FetchPhaseConstructionContext context) {
		return List.of(new PercolatorMatchedSlots());
	}

}
