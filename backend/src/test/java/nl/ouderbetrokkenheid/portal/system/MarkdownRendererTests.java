package nl.ouderbetrokkenheid.portal.system;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	static List<String> attacks() {
		return List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
				"<a href=\"javascript:alert(1)\">klik</a>", "[klik](javascript:alert(1))", "[klik](JaVaScRiPt:alert(1))",
				"[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "![x](javascript:alert(1))",
				"![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
				"<svg><script>alert(1)</script></svg>", "<svg onload=alert(1)>", "<iframe src=\"https://evil.example\">",
				"<div style=\"background:url(javascript:alert(1))\">x</div>", "<body onload=alert(1)>",
				"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<<script>script>alert(1)<</script>/script>",
				"<a href=\"&#106;avascript:alert(1)\">x</a>", "<form action=\"https://evil.example\"><input></form>",
				"<object data=\"https://evil.example/x.swf\"></object>", "<p onclick=\"alert(1)\">klik</p>",
				"[x](vbscript:msgbox(1))", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
				"<style>*{display:none}</style>", "<base href=\"https://evil.example/\">",
				// Broken and nested markup, SVG and encoding tricks, and attacks hidden inside Markdown syntax.
				"<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">x</text></a></svg>",
				"<svg><animate onbegin=alert(1) attributeName=x dur=1s>", "<img src=\"https://ok.example/a.png\" onerror=\"alert(1)\">",
				"<a href=\"java&#x09;script:alert(1)\">x</a>", "<javascript:alert(1)>", "[x]( javascript:alert(1) )",
				"![x](https://voorbeeld.nl/a.png\" onerror=\"alert(1))", "[x](https://voorbeeld.nl \"t\" onclick=alert(1))",
				"<scr<script>ipt>alert(1)</scr</script>ipt>", "<img src=x onerror=alert(1)//", "<a href='javascript:alert(1)'",
				"<details open ontoggle=alert(1)>", "<video><source onerror=alert(1)></video>",
				"[x]: javascript:alert(1)\n\n[klik][x]", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">");
	}

	@ParameterizedTest
	@MethodSource("attacks")
	void knownAttacksDoNotSurvive(String attack) {
		String html = this.renderer.render("Tekst\n\n" + attack + "\n\nmeer tekst").html().toLowerCase();
		// Escaped text ("&lt;script&gt;") is harmless; what must not survive is any tag or attribute that runs code.
		Matcher tags = Pattern.compile("<[a-z/!][^>]*>").matcher(html);
		while (tags.find()) {
			assertThat(tags.group()).doesNotContain("script", "javascript:", "vbscript:", "data:", "onerror", "onload",
					"onclick", "iframe", "svg", "object", "form", "meta", "style", "base", "math", "input", "ontoggle", "onbegin", "xlink", "video",
					"details", "noscript");
		}
		assertThat(html).contains("meer tekst");
	}

	@Test
	void ordinaryMarkdownSurvives() {
		String html = this.renderer.render("""
				## Aanpak

				- eerst **koffie**
				- dan *praten*

				1. plannen
				2. doen

				Zie [de website](https://voorbeeld.nl/ouders).

				| Wie | Wat |
				|-----|-----|
				| ouders | koffie |

				![Ouderkamer](https://voorbeeld.nl/ouderkamer.jpg)
				""").html();
		assertThat(html).contains("<h2>Aanpak</h2>", "<ul>", "<li>eerst <strong>koffie</strong></li>", "<ol>",
				"<em>praten</em>", "<table>", "<td>ouders</td>",
				"<img src=\"https://voorbeeld.nl/ouderkamer.jpg\" alt=\"Ouderkamer\"");
		assertThat(html).containsPattern("<a href=\"https://voorbeeld.nl/ouders\" rel=\"[^\"]*nofollow[^\"]*\">");
	}

	@Test
	void imagesOverPlainHttpAreDropped() {
		assertThat(this.renderer.render("![x](http://voorbeeld.nl/a.jpg)").html()).doesNotContain("http://");
	}

	@Test
	void plainTextIsWhatSearchIndexes() {
		assertThat(this.renderer.render("## Kop\n\nEen **vet** woord.").text()).contains("Kop").contains("Een vet woord.");
	}

	@Test
	void aTextShownAgainIsNotRenderedAgain() {
		String markdown = "Een **vaak** bekeken tekst " + java.util.UUID.randomUUID();
		MarkdownRenderer.Rendered first = this.renderer.render(markdown);
		assertThat(this.renderer.render(new String(markdown))).isSameAs(first);
		assertThat(this.renderer.html(markdown)).isSameAs(first.html()).contains("<strong>vaak</strong>");
	}

	@Test
	void keptRenderingsStayWithinTheirBound() {
		String page = "x".repeat(100_000);
		MarkdownRenderer.Rendered first = this.renderer.render("0 " + page);
		for (int i = 1; i <= 40; i++) {
			this.renderer.render(i + " " + page);
		}
		assertThat(this.renderer.render("0 " + page)).isNotSameAs(first).isEqualTo(first);
	}

}
