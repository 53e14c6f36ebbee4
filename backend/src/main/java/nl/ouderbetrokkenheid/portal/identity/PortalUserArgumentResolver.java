package nl.ouderbetrokkenheid.portal.identity;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Gives a controller method's {@link PortalUser} parameter the caller of this request, {@link PortalUser#ANONYMOUS}
 * when nobody is logged in (the security rules have already refused what needs a login).
 */
class PortalUserArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == PortalUser.class;
	}

	@Override
	public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
			ServerWebExchange exchange) {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(SecurityContext::getAuthentication)
			.map(Authentication::getPrincipal)
			.ofType(OidcUser.class)
			.<Object>map(PortalUser::of)
			.defaultIfEmpty(PortalUser.ANONYMOUS);
	}

}
