package nl.ouderbetrokkenheid.portal.catalog;

import nl.ouderbetrokkenheid.portal.system.PortalMapperConfig;
import org.mapstruct.Mapper;

@Mapper(config = PortalMapperConfig.class)
interface CatalogMapper {

	ItemView toView(ItemDocument item);

	ItemView.LinkView toView(ItemDocument.Link link);

}
