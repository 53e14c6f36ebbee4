package nl.ouderbetrokkenheid.portal.identity;

import java.util.List;
import java.util.Set;

import nl.ouderbetrokkenheid.portal.system.PortalMapperConfig;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = PortalMapperConfig.class)
interface IdentityMapper {

	@Mapping(target = "roles", expression = "java(sorted(profile.roles()))")
	@Mapping(target = "providerRoles", expression = "java(sorted(profile.getProviderRoles()))")
	@Mapping(target = "grantedRoles", expression = "java(sorted(profile.getGrantedRoles()))")
	ProfileView toView(ProfileDocument profile);

	default List<String> sorted(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).toList();
	}

}
