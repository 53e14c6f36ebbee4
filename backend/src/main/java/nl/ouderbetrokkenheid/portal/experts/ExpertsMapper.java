package nl.ouderbetrokkenheid.portal.experts;

import nl.ouderbetrokkenheid.portal.system.PortalMapperConfig;
import org.mapstruct.Mapper;

@Mapper(config = PortalMapperConfig.class)
interface ExpertsMapper {

	ExpertView toView(ExpertDocument expert);

}
