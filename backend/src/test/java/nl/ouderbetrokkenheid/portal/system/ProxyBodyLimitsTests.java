package nl.ouderbetrokkenheid.portal.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production proxy's body limits against the backend's: nginx must let through every body the backend accepts
 * (and a little more, so the backend's problem-details 413 is the answer clients see), the import size only on
 * import paths, the upload size only on upload paths, and not much more than the backend would take anyway.
 */
class ProxyBodyLimitsTests {

	private static final Path NGINX = Path.of("../infra/production/nginx.conf");

	/** How much more than the backend nginx may let through. */
	private static final long HEADROOM = DataSize.ofMegabytes(1).toBytes();

	private record Directive(List<String> context, String name, List<String> args) {
	}

	@Test
	void nginxAllowsWhatTheBackendAcceptsAndTheImportAndUploadSizesOnlyOnTheirPaths() throws IOException {
		WebProperties web = backendLimits();
		List<Directive> limits = directives(Files.readString(NGINX)).stream()
			.filter(d -> d.name().equals("client_max_body_size"))
			.toList();

		assertThat(limits).as("client_max_body_size directives in %s", NGINX).hasSize(3);
		Directive general = limits.stream().filter(d -> d.context().equals(List.of("http"))).findFirst().orElseThrow();
		Directive imports = limits.stream().filter(d -> d.context().getLast().endsWith("/import$")).findFirst().orElseThrow();
		Directive uploads = limits.stream().filter(d -> d.context().getLast().endsWith("/files$")).findFirst().orElseThrow();

		assertWithHeadroom("the general limit", bytes(general.args().getFirst()), web.maxRequestSize());
		assertWithHeadroom("the import limit", bytes(imports.args().getFirst()), web.maxImportSize());
		assertWithHeadroom("the upload limit", bytes(uploads.args().getFirst()), web.maxUploadSize());

		// Each larger limit sits in a location of its own inside the backend's location, matching exactly the paths the
		// backend's RequestSizeLimit treats as imports or uploads.
		Pattern importPaths = pathPattern(imports);
		assertThat(importPaths.matcher("/api/items/import").find()).isTrue();
		assertThat(importPaths.matcher("/api/items/123").find()).isFalse();
		assertThat(importPaths.matcher("/api/items/import/more").find()).isFalse();
		assertThat(importPaths.matcher("/import").find()).as("outside the API").isFalse();
		Pattern uploadPaths = pathPattern(uploads);
		assertThat(uploadPaths.matcher("/api/items/123/files").find()).isTrue();
		assertThat(uploadPaths.matcher("/api/articles/id/123/files").find()).isTrue();
		assertThat(uploadPaths.matcher("/api/items/123/files/456").find()).as("a download or removal").isFalse();
		assertThat(uploadPaths.matcher("/files").find()).as("outside the API").isFalse();
	}

	private static Pattern pathPattern(Directive limit) {
		String location = limit.context().getLast();
		assertThat(location).startsWith("location ~ ");
		assertThat(limit.context().get(limit.context().size() - 2)).startsWith("location ~ ^/(api|");
		return Pattern.compile(location.substring("location ~ ".length()));
	}

	private static void assertWithHeadroom(String what, long nginx, DataSize backend) {
		assertThat(nginx).as("%s in nginx (%d bytes) against the backend's %s", what, nginx, backend)
			.isGreaterThan(backend.toBytes())
			.isLessThanOrEqualTo(backend.toBytes() + HEADROOM);
	}

	/** The backend's limits as production runs it: application.yml, then the production overlay. */
	private static WebProperties backendLimits() throws IOException {
		YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
		List<PropertySource<?>> sources = new ArrayList<>();
		sources.addAll(loader.load("production",
				new FileSystemResource("../infra/production/config/application-production.yml")));
		sources.addAll(loader.load("application", new FileSystemResource("src/main/resources/application.yml")));
		return new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate("portal.web", WebProperties.class);
	}

	/** nginx sizes: bytes, or with k/m/g (binary multiples). */
	private static long bytes(String size) {
		String value = size.toLowerCase(Locale.ROOT);
		long unit = switch (value.charAt(value.length() - 1)) {
			case 'k' -> 1024L;
			case 'm' -> 1024L * 1024;
			case 'g' -> 1024L * 1024 * 1024;
			default -> 1L;
		};
		return Long.parseLong((unit == 1) ? value : value.substring(0, value.length() - 1)) * unit;
	}

	/** Every simple directive with the headers of the blocks around it (enough of nginx's syntax for this file). */
	private static List<Directive> directives(String config) {
		List<Directive> found = new ArrayList<>();
		List<String> context = new ArrayList<>();
		StringBuilder statement = new StringBuilder();
		boolean comment = false;
		char quote = 0;
		for (char c : config.toCharArray()) {
			if (comment) {
				comment = c != '\n';
				continue;
			}
			if (quote == 0 && (c == '"' || c == '\'')) {
				quote = c;
			}
			else if (c == quote) {
				quote = 0;
			}
			boolean quoted = quote != 0;
			if (!quoted && c == '#') {
				comment = true;
			}
			else if (!quoted && c == '{') {
				context.add(statement.toString().strip().replaceAll("\\s+", " "));
				statement.setLength(0);
			}
			else if (!quoted && c == '}') {
				context.removeLast();
				statement.setLength(0);
			}
			else if (!quoted && c == ';') {
				List<String> words = List.of(statement.toString().strip().split("\\s+"));
				found.add(new Directive(List.copyOf(context), words.getFirst(), words.subList(1, words.size())));
				statement.setLength(0);
			}
			else {
				statement.append(c);
			}
		}
		return found;
	}

}
