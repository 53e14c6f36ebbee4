package nl.ouderbetrokkenheid.portal.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

import nl.ouderbetrokkenheid.portal.system.pages.PageHeads;

import static org.springframework.web.reactive.function.server.RequestPredicates.method;

/**
 * Serves the built single-page app from {@code portal.web.app-location}, so the app and its API share one origin
 * (no CORS, same-site cookies). Client-side routes such as {@code /zoeken} get {@code index.html}; the server's own
 * paths never do, so an unknown API route still answers 404 problem details. Each page gets its own head
 * ({@link PageHeads}), so search engines and link previews see what the page is about.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "portal.web", name = "app-location")
class SinglePageAppConfiguration {

	private static final List<String> SERVER_PATHS = List.of("/api", "/actuator", "/oauth2", "/login", "/logout",
			"/problems");

	@Bean
	RouterFunction<ServerResponse> singlePageApp(WebProperties properties, ResourceLoader resources, PageHeads heads)
			throws IOException {
		String location = properties.appLocation().endsWith("/") ? properties.appLocation()
				: properties.appLocation() + "/";
		Resource root = resources.getResource(location);
		// Read once: the built app does not change under a running portal.
		String index = root.createRelative("index.html").getContentAsString(StandardCharsets.UTF_8);
		RequestPredicate appRoute = method(HttpMethod.GET).or(method(HttpMethod.HEAD))
			.and(request -> isClientRoute(request.path()));
		// Vite puts a content hash in every asset name, so assets never change under the same URL.
		CacheControl immutable = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
		return RouterFunctions
			.resources("/assets/**", root.createRelative("assets/"),
					(resource, headers) -> headers.setCacheControl(immutable))
			.and(RouterFunctions.resources("/*.*", root,
					(resource, headers) -> headers.setCacheControl(CacheControl.noCache())))
			.andRoute(appRoute, request -> heads.render(index, request.path())
				.flatMap(page -> ServerResponse.status(page.status())
					.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
					.cacheControl(CacheControl.noCache())
					.bodyValue(page.html())));
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
