package nl.ouderbetrokkenheid.portal.system;

import java.util.List;
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
 * Markdown written by editors and experts, turned into HTML that is safe to show: CommonMark with raw HTML escaped,
 * then an allow-list sanitiser as a second, independent line of defence.
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

	public Rendered render(String markdown) {
		Node document = parse(markdown);
		return new Rendered(POLICY.sanitize(this.html.render(document)), this.text.render(document).strip());
	}

	/** The sanitised HTML alone, for showing a text whose HTML is not stored. */
	public String html(String markdown) {
		return POLICY.sanitize(this.html.render(parse(markdown)));
	}

	/** The plain text alone, for searching: no HTML is produced, so nothing needs sanitising. */
	public String text(String markdown) {
		return this.text.render(parse(markdown)).strip();
	}

	private Node parse(String markdown) {
		return this.parser.parse((markdown != null) ? markdown : "");
	}

}
