package nl.ouderbetrokkenheid.esnode.mapper;

import java.util.Map;

import org.elasticsearch.index.mapper.Mapper;
import org.elasticsearch.plugins.MapperPlugin;
import org.elasticsearch.plugins.Plugin;

/** Registers {@code match_only_text} under mapper-extras' name. */
public class MapperExtrasPlugin extends Plugin implements MapperPlugin {

	@Override
	public Map<String, Mapper.TypeParser> getMappers() {
		return Map.of(MatchOnlyTextFieldMapper.CONTENT_TYPE, MatchOnlyTextFieldMapper.PARSER);
	}

}
