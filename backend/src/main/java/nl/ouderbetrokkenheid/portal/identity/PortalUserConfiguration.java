package nl.ouderbetrokkenheid.portal.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

/** Lets controllers take the caller as a {@link PortalUser} parameter. */
@Configuration(proxyBeanMethods = false)
class PortalUserConfiguration implements WebFluxConfigurer {

	@Override
	public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
		configurer.addCustomResolver(new PortalUserArgumentResolver());
	}

}
