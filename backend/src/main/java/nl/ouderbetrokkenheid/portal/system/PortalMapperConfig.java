package nl.ouderbetrokkenheid.portal.system;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/**
 * Shared by every feature's MapStruct mapper: Spring beans, and a build failure when a target property is left
 * unmapped, so a new field cannot silently go missing from an API.
 */
@MapperConfig(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface PortalMapperConfig {

}
