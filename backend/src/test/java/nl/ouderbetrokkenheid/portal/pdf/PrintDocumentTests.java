package nl.ouderbetrokkenheid.portal.pdf;

import java.util.List;
import java.util.Locale;

import nl.ouderbetrokkenheid.portal.system.MarkdownRenderer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PrintDocumentTests {

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	@Test
	void markdownPrintsItsHeadingsParagraphsListsAndTablesAsText() {
		byte[] pdf = PrintDocument.start(PrintDocument.Format.A4_PORTRAIT, "Proef", "Auteur", Locale.of("nl"))
			.title("Proef", 22)
			.markdown(this.markdown.parse("""
					## Meer dan een rapport

					Ouders en *leerkrachten* spreken **elkaar** vroeg, met [een link](https://voorbeeld.nl).

					- Startgesprekken
					- Gesprekken met het kind
					  1. genest

					> Een citaat

					| Thema | Activiteit |
					|-------|------------|
					| Herfst | Bladeren sorteren |

					<script>alert(1)</script>
					"""))
			.finish();

		PdfText text = PdfText.of(pdf);
		assertThat(text.pages()).isEqualTo(1);
		assertThat(text.all()).contains("Proef", "Meer dan een rapport", "Ouders en leerkrachten spreken elkaar vroeg",
				"een link", "Startgesprekken", "Gesprekken met het kind", "genest", "Een citaat", "Thema", "Herfst",
				"Bladeren sorteren", "<script>alert(1)</script>");
	}

	@Test
	void textOutsideWinAnsiPrintsAsWrittenInTheEmbeddedFont() {
		byte[] pdf = PrintDocument.start(PrintDocument.Format.A4_PORTRAIT, "Namen", null, Locale.of("nl"))
			.paragraph("Şükrü Yılmaz, Łucja Wąs, Zoë Ørsted – “aanhalingstekens” € 5")
			.finish();

		assertThat(PdfText.of(pdf).all()).contains("Şükrü Yılmaz, Łucja Wąs, Zoë Ørsted", "€ 5");
	}

	@Test
	void anA3LandscapeDocumentHasA3LandscapePages() {
		byte[] pdf = PrintDocument.start(PrintDocument.Format.A3_LANDSCAPE, "Poster", null, Locale.UK)
			.bullets(List.of("one", "two"))
			.finish();

		PdfText text = PdfText.of(pdf);
		assertThat(text.pageWidth(1)).isCloseTo(1190.55f, org.assertj.core.data.Offset.offset(1f));
		assertThat(text.pageHeight(1)).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(1f));
		assertThat(text.all()).contains("one", "two");
	}

	@Test
	void aTableRowMustFillEveryColumn() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PrintTable.columns(1, 1).row(PrintTable.Cell.text("only one")));
	}

}
