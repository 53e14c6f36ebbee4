package nl.ouderbetrokkenheid.portal.system;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Markdown written by editors, experts and organisers, turned into HTML that is safe to show: CommonMark with raw HTML
 * escaped, then an allow-list sanitiser as a second, independent line of defence.
 * <p>
 * The one policy for every feature: documents store the Markdown (and the plain text search needs), never HTML; the
 * HTML is rendered here when a text is shown, so the sanitiser in force always runs on what is shown. Recent results
 * are kept (bounded by their size), so a popular page is not rendered again on every view.
 */
@Component
public class MarkdownRenderer {

	/** The HTML to show and the plain text to search. */
	public record Rendered(String html, String text) {
	}

	private static final Pattern HTTPS_URL = Pattern.compile("^https://[^\\s\"'<>]+$");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em",
				"strong", "del", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "a", "img")
		.allowUrlProtocols("https", "http", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.allowAttributes("title")
		.onElements("a", "img")
		.allowAttributes("alt")
		.onElements("img")
		// Images only from https: no data: URLs, no tracking over plain http.
		.allowAttributes("src")
		.matching(HTTPS_URL)
		.onElements("img")
		.allowAttributes("align")
		.matching(false, "left", "center", "right")
		.onElements("th", "td")
		.allowAttributes("start")
		.matching(Pattern.compile("\\d{1,6}"))
		.onElements("ol")
		.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
		.toFactory();

	private final List<Extension> extensions = List.of(TablesExtension.create());

	private final Parser parser = Parser.builder().extensions(this.extensions).build();

	private final HtmlRenderer html = HtmlRenderer.builder()
		.extensions(this.extensions)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private final TextContentRenderer text = TextContentRenderer.builder().extensions(this.extensions).build();

	/** Characters of Markdown and HTML kept from recent renderings, at most. */
	private static final int CACHED_CHARACTERS = 4_000_000;

	private final Map<String, Rendered> recent = new LinkedHashMap<>(64, 0.75f, true);

	private long cachedCharacters;

	public Rendered render(String markdown) {
		String source = (markdown != null) ? markdown : "";
		synchronized (this.recent) {
			Rendered cached = this.recent.get(source);
			if (cached != null) {
				return cached;
			}
		}
		Node document = this.parser.parse(source);
		Rendered rendered = new Rendered(POLICY.sanitize(this.html.render(document)), this.text.render(document).strip());
		remember(source, rendered);
		return rendered;
	}

	/** The sanitised HTML, for showing a text. */
	public String html(String markdown) {
		return render(markdown).html();
	}

	/** The plain text alone, for searching: no HTML is produced, so nothing needs sanitising. */
	public String text(String markdown) {
		return this.text.render(parse(markdown)).strip();
	}

	/**
	 * The parsed document, for output that is not HTML (a PDF walks its nodes): the same parser and extensions as
	 * the HTML, so a text reads alike everywhere. Raw HTML in it stays text; whoever walks the nodes must not
	 * interpret it.
	 */
	public Node parse(String markdown) {
		return this.parser.parse((markdown != null) ? markdown : "");
	}

	private void remember(String source, Rendered rendered) {
		long size = weight(source, rendered);
		if (size > CACHED_CHARACTERS / 4) {
			return;
		}
		synchronized (this.recent) {
			Rendered previous = this.recent.put(source, rendered);
			this.cachedCharacters += size - ((previous != null) ? weight(source, previous) : 0);
			Iterator<Map.Entry<String, Rendered>> eldest = this.recent.entrySet().iterator();
			while (this.cachedCharacters > CACHED_CHARACTERS && eldest.hasNext()) {
				Map.Entry<String, Rendered> entry = eldest.next();
				this.cachedCharacters -= weight(entry.getKey(), entry.getValue());
				eldest.remove();
			}
		}
	}

	private static long weight(String source, Rendered rendered) {
		return (long) source.length() + rendered.html().length() + rendered.text().length();
	}

}
