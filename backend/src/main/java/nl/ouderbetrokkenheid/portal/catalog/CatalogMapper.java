package nl.ouderbetrokkenheid.portal.catalog;

import nl.ouderbetrokkenheid.portal.system.PortalMapperConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PortalMapperConfig.class)
interface CatalogMapper {

	/** The item with its body's HTML, which is rendered when shown rather than stored. */
	@Mapping(target = "bodyHtml", source = "html")
	ItemView toView(ItemDocument item, String html);

	ItemView.LinkView toView(ItemDocument.Link link);

}
