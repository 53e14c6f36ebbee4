package nl.ouderbetrokkenheid.portal.system;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.springframework.web.reactive.function.server.RequestPredicates.method;

/**
 * Serves the built single-page app from {@code portal.web.app-location}, so the app and its API share one origin
 * (no CORS, same-site cookies). Client-side routes such as {@code /zoeken} get {@code index.html}; the server's own
 * paths never do, so an unknown API route still answers 404 problem details.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "portal.web", name = "app-location")
class SinglePageAppConfiguration {

	private static final List<String> SERVER_PATHS = List.of("/api", "/actuator", "/oauth2", "/login", "/logout",
			"/problems");

	@Bean
	RouterFunction<ServerResponse> singlePageApp(WebProperties properties, ResourceLoader resources) throws IOException {
		String location = properties.appLocation().endsWith("/") ? properties.appLocation()
				: properties.appLocation() + "/";
		Resource root = resources.getResource(location);
		Resource index = root.createRelative("index.html");
		RequestPredicate appRoute = method(HttpMethod.GET).or(method(HttpMethod.HEAD))
			.and(request -> isClientRoute(request.path()));
		// Vite puts a content hash in every asset name, so assets never change under the same URL.
		CacheControl immutable = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
		return RouterFunctions
			.resources("/assets/**", root.createRelative("assets/"),
					(resource, headers) -> headers.setCacheControl(immutable))
			.and(RouterFunctions.resources("/*.*", root,
					(resource, headers) -> headers.setCacheControl(CacheControl.noCache())))
			.andRoute(appRoute, request -> ServerResponse.ok()
				.contentType(MediaType.TEXT_HTML)
				.cacheControl(CacheControl.noCache())
				.bodyValue(index));
	}

	private static boolean isClientRoute(String path) {
		for (String serverPath : SERVER_PATHS) {
			if (path.equals(serverPath) || path.startsWith(serverPath + "/")) {
				return false;
			}
		}
		String last = path.substring(path.lastIndexOf('/') + 1);
		return !last.contains(".");
	}

}
