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
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.resource.EncodedResourceResolver;

import nl.ouderbetrokkenheid.portal.system.pages.PageHeads;

import static org.springframework.web.reactive.function.server.RequestPredicates.method;

/**
 * Serves the built single-page app from {@code portal.web.app-location}, so the app and its API share one origin
 * (no CORS, same-site cookies). Client-side routes such as {@code /zoeken} get {@code index.html}; the server's own
 * paths never do, so an unknown API route still answers 404 problem details. Each page gets its own head
 * ({@link PageHeads}), so search engines and link previews see what the page is about.
 * <p>
 * The app's scripts and stylesheets come with a Brotli copy made by its build ({@code .br}): a browser that takes
 * Brotli gets it as it is, a quarter smaller than the web server's own gzip, which compresses everything else.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "portal.web", name = "app-location")
class SinglePageAppConfiguration implements WebFluxConfigurer {

	private static final List<String> SERVER_PATHS = List.of("/api", "/actuator", "/oauth2", "/login", "/logout",
			"/problems");

	// Vite puts a content hash in every asset name, so assets never change under the same URL.
	private static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final String location;

	SinglePageAppConfiguration(WebProperties properties) {
		this.location = properties.appLocation().endsWith("/") ? properties.appLocation()
				: properties.appLocation() + "/";
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/assets/**")
			.addResourceLocations(this.location + "assets/")
			.setCacheControl(IMMUTABLE)
			.resourceChain(true)
			.addResolver(brotliCopies());
	}

	/**
	 * Brotli only: the resolver takes the first coding in the browser's own order that it has a copy for, and browsers
	 * name gzip first ({@code gzip, deflate, br, zstd}); the server's gzip covers the rest.
	 */
	private static EncodedResourceResolver brotliCopies() {
		EncodedResourceResolver resolver = new EncodedResourceResolver();
		resolver.setContentCodings(List.of("br"));
		return resolver;
	}

	@Bean
	RouterFunction<ServerResponse> singlePageApp(ResourceLoader resources, PageHeads heads) throws IOException {
		Resource root = resources.getResource(this.location);
		// Read once: the built app does not change under a running portal.
		String index = root.createRelative("index.html").getContentAsString(StandardCharsets.UTF_8);
		RequestPredicate appRoute = method(HttpMethod.GET).or(method(HttpMethod.HEAD))
			.and(request -> isClientRoute(request.path()));
		return RouterFunctions
			.resources("/*.*", root, (resource, headers) -> headers.setCacheControl(CacheControl.noCache()))
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
