package nl.ouderbetrokkenheid.portal.system.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.ouderbetrokkenheid.portal.system.WebProperties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

import reactor.core.publisher.Mono;

/**
 * The app's {@code index.html} with the head of the page asked for: title, description, canonical address, Open
 * Graph and Twitter tags and schema.org JSON-LD. Everyone gets it, people and bots alike (no guessing from the user
 * agent); the body stays the app. An address under a feature's prefix that names no public page answers 404, with
 * the app to say so, and is kept out of search engines.
 */
@Component
public class PageHeads {

	static final String SITE = "Kennisportaal Ouderbetrokkenheid";

	private static final String DESCRIPTION = "Praktijkvoorbeelden, instrumenten, artikelen en bijeenkomsten over "
			+ "samenwerken met ouders in onderwijs, opvang, zorg en sport.";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<PublicPages> features;

	private final String base;

	PageHeads(List<PublicPages> features, WebProperties web) {
		this.features = features;
		this.base = web.publicBase();
	}

	/** A page: the status to answer with and the HTML. */
	public record Page(HttpStatus status, String html) {
	}

	/** The template with the head for this path (the path only: a query never makes another canonical page). */
	public Mono<Page> render(String template, String path) {
		for (PublicPages feature : this.features) {
			String prefix = feature.prefix();
			if (path.startsWith(prefix) && path.length() > prefix.length()
					&& path.indexOf('/', prefix.length()) < 0) {
				String key = UriUtils.decode(path.substring(prefix.length()), java.nio.charset.StandardCharsets.UTF_8);
				return feature.head(key)
					.map(head -> new Page(HttpStatus.OK, html(template, head, false)))
					.defaultIfEmpty(new Page(HttpStatus.NOT_FOUND,
							html(template, new PageHead("Niet gevonden", DESCRIPTION, path, "website", null), true)));
			}
		}
		return Mono.just(new Page(HttpStatus.OK, html(template, new PageHead(null, DESCRIPTION, path, "website", null),
				false)));
	}

	String html(String template, PageHead head, boolean hidden) {
		String title = (head.title() == null) ? SITE : head.title() + " | " + SITE;
		String url = this.base + head.path();
		StringBuilder tags = new StringBuilder();
		meta(tags, "name", "description", head.description());
		if (hidden) {
			meta(tags, "name", "robots", "noindex");
		}
		else {
			tags.append("    <link rel=\"canonical\" href=\"").append(escape(url)).append("\" />\n");
		}
		tags.append("    <link rel=\"alternate\" type=\"application/atom+xml\" title=\"Nieuw in de catalogus\" ")
			.append("href=\"/feeds/items.atom\" />\n")
			.append("    <link rel=\"alternate\" type=\"application/atom+xml\" title=\"Bijeenkomsten\" ")
			.append("href=\"/feeds/events.atom\" />\n");
		meta(tags, "property", "og:site_name", SITE);
		meta(tags, "property", "og:locale", "nl_NL");
		meta(tags, "property", "og:type", head.kind());
		meta(tags, "property", "og:title", (head.title() == null) ? SITE : head.title());
		meta(tags, "property", "og:description", head.description());
		meta(tags, "property", "og:url", url);
		meta(tags, "name", "twitter:card", "summary");
		meta(tags, "name", "twitter:title", (head.title() == null) ? SITE : head.title());
		meta(tags, "name", "twitter:description", head.description());
		if (head.structured() != null) {
			Map<String, Object> ld = new LinkedHashMap<>();
			ld.put("@context", "https://schema.org");
			ld.putAll(head.structured());
			ld.putIfAbsent("url", url);
			absolute(ld);
			// Inside a script element only "</" can end it early; the escaped form is the same JSON.
			String json = JSON.writeValueAsString(ld).replace("<", "\\u003c");
			tags.append("    <script type=\"application/ld+json\">").append(json).append("</script>\n");
		}
		return template.replaceFirst("(?s)<title>.*?</title>",
				java.util.regex.Matcher.quoteReplacement("<title>" + escape(title) + "</title>"))
			.replaceFirst("(?s)\\s*<meta name=\"description\"[^>]*>", "")
			.replace("</head>", tags + "  </head>");
	}

	/** Every {@code url} given as a path becomes an address: structured data is read without the page's base. */
	@SuppressWarnings("unchecked")
	private void absolute(Map<String, Object> node) {
		node.replaceAll((key, value) -> {
			if (value instanceof Map<?, ?> nested) {
				Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) nested);
				absolute(copy);
				return copy;
			}
			return ("url".equals(key) && value instanceof String path && path.startsWith("/")) ? this.base + path
					: value;
		});
	}

	private static void meta(StringBuilder tags, String attribute, String name, String content) {
		tags.append("    <meta ").append(attribute).append("=\"").append(name).append("\" content=\"")
			.append(escape(content)).append("\" />\n");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape((text != null) ? text : "", "UTF-8");
	}

}
