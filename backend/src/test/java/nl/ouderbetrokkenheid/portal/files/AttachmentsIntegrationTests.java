package nl.ouderbetrokkenheid.portal.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import nl.ouderbetrokkenheid.portal.pdf.PrintDocument;
import nl.ouderbetrokkenheid.portal.support.Articles;
import nl.ouderbetrokkenheid.portal.support.Items;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.support.ProblemResponses;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files on items and articles through the API: uploaded, checked by their content, found by their text with the
 * passage highlighted, downloaded as attachments, counted in the uploader's data export, and gone with their item.
 */
@PortalIntegrationTest
class AttachmentsIntegrationTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private Attachments attachments;

	private Logins.Session editor;

	/** A made-up word that only the test's file contains, so a search for it finds the file's item alone. */
	private final String word = randomWord();

	@BeforeEach
	void logIn() {
		this.editor = Logins.login(this.client, Logins.person("files-editor-" + UUID.randomUUID(), "EDITOR"));
	}

	@Test
	void aPublicationIsFoundByWhatIsInsideItsPdfAndItsFileDownloadsAsAnAttachment() {
		String id = createItem("Publicatie met bijlage " + UUID.randomUUID());
		byte[] pdf = pdf("Ouders en school", "In deze publicatie beschrijven we de " + this.word
				+ " als nieuwe werkvorm voor het gesprek tussen ouders en leerkrachten.");

		JsonNode item = Articles.versioned(upload("/api/items/" + id + "/files", "Handreiking ouders.pdf", pdf)
			.expectStatus()
			.isCreated()
			.expectHeader()
			.exists("ETag")
			.expectBody()
			.returnResult()).body();
		JsonNode file = item.get("attachments").get(0);
		assertThat(file.get("name").asString()).isEqualTo("Handreiking ouders.pdf");
		assertThat(file.get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(file.get("size").asLong()).isEqualTo(pdf.length);
		assertThat(file.get("pages").asInt()).isEqualTo(1);

		// Found at once (read your writes), by a word only the PDF has, with the passage from the file marked.
		JsonNode found = Articles.get(this.client, null, "/api/search?q=" + this.word);
		assertThat(found.get("total").asLong()).isEqualTo(1);
		JsonNode hit = found.get("items").get(0);
		assertThat(hit.get("id").asString()).isEqualTo(id);
		assertThat(hit.get("highlights").get("files").get(0).asString()).contains("<mark>" + this.word + "</mark>");

		EntityExchangeResult<byte[]> download = this.client.get()
			.uri(file.get("url").asString())
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PDF)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.value("Content-Disposition",
					value -> assertThat(value).startsWith("attachment;").contains("filename*=UTF-8''Handreiking%20ouders.pdf"))
			.expectBody(byte[].class)
			.returnResult();
		assertThat(download.getResponseBody()).isEqualTo(pdf);
	}

	@Test
	void aFileIsRefusedByItsContentWhenEmptyTooLargeOrOfAnotherKindWhateverItsName() {
		String id = createItem("Item voor geweigerde bestanden " + UUID.randomUUID());
		String uri = "/api/items/" + id + "/files";

		upload(uri, "rapport.pdf", "<html><script>alert(1)</script></html>".getBytes())
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("file")
			.jsonPath("$.errors[0].code").isEqualTo("unsupported-type");
		upload(uri, "tekening.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>".getBytes())
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].code").isEqualTo("unsupported-type");
		upload(uri, "leeg.pdf", new byte[0])
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("file")
			.jsonPath("$.errors[0].code").isEqualTo("required");
		byte[] large = new byte[20 * 1024 * 1024 + 1];
		Arrays.fill(large, (byte) 'a');
		upload(uri, "groot.pdf", large)
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("file")
			.jsonPath("$.errors[0].code").isEqualTo("too-large")
			.jsonPath("$.errors[0].max").isEqualTo(20 * 1024 * 1024);
		this.editor.apply(this.client.post().uri(uri))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectAll(ProblemResponses.problem(HttpStatus.BAD_REQUEST))
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("file");

		// Nothing of the refused files stayed behind.
		assertThat(this.attachments.list("item:" + id).collectList().block()).isEmpty();
		assertThat(Articles.get(this.client, this.editor, "/api/items/id/" + id).get("attachments")).isEmpty();
	}

	@Test
	void filesGoWithTheirItemAndAreInTheUploadersDataExport() {
		String id = createItem("Item dat verdwijnt " + UUID.randomUUID());
		upload("/api/items/" + id + "/files", "Verslag.pdf", pdf("Verslag", "Een verslag over de " + this.word + "."))
			.expectStatus()
			.isCreated();

		JsonNode export = Articles.get(this.client, this.editor, "/api/me/data");
		assertThat(export.get("files").get(0).get("name").asString()).isEqualTo("Verslag.pdf");
		assertThat(export.get("files").get(0).get("attachedTo").asString()).isEqualTo("item:" + id);

		this.editor.apply(this.client.delete().uri("/api/items/" + id)).exchange().expectStatus().isNoContent();

		assertThat(this.attachments.list("item:" + id).collectList().block()).isEmpty();
		assertThat(Articles.get(this.client, null, "/api/search?q=" + this.word).get("total").asLong()).isZero();
	}

	@Test
	void anExpertAttachesAWordDocumentToTheirArticleAndThePublicationIsFoundByIt() throws IOException {
		Logins.Session expert = Logins.login(this.client, Logins.person("files-expert-" + UUID.randomUUID(), "EXPERT"));
		Logins.Session other = Logins.login(this.client, Logins.person("files-other-" + UUID.randomUUID(), "EXPERT"));
		Articles.Versioned draft = Articles.create(this.client, expert,
				Articles.article("Artikel met bijlage " + UUID.randomUUID(), "## Inleiding\n\nOver ouders en school."));
		byte[] docx = docx("Werkblad voor teams over de " + this.word + " en het oudergesprek.");
		String uri = "/api/articles/id/" + draft.id() + "/files";

		upload(other, uri, "werkblad.docx", docx).expectStatus().value(status -> assertThat(status).isIn(403, 404));
		Articles.Versioned attached = Articles.versioned(upload(expert, uri, "werkblad", docx)
			.expectStatus()
			.isCreated()
			.expectBody()
			.returnResult());
		JsonNode file = attached.body().get("attachments").get(0);
		// Named by what it is, whatever the upload called it.
		assertThat(file.get("name").asString()).isEqualTo("werkblad.docx");
		assertThat(file.get("contentType").asString())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

		Articles.step(this.client, expert, draft.id(), "submit", null).expectStatus().isOk();
		Articles.step(this.client, this.editor, draft.id(), "publish", null).expectStatus().isOk();

		JsonNode found = Articles.get(this.client, null, "/api/search?q=" + this.word);
		assertThat(found.get("total").asLong()).isEqualTo(1);
		assertThat(found.get("items").get(0).get("highlights").get("files").get(0).asString())
			.contains("<mark>" + this.word + "</mark>");
		String itemSlug = found.get("items").get(0).get("slug").asString();
		JsonNode item = Articles.get(this.client, null, "/api/items/" + itemSlug);
		for (String download : new String[] { file.get("url").asString(),
				item.get("attachments").get(0).get("url").asString() }) {
			byte[] body = this.client.get()
				.uri(download)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.contentType(file.get("contentType").asString())
				.expectBody(byte[].class)
				.returnResult()
				.getResponseBody();
			assertThat(body).isEqualTo(docx);
		}

		// Withdrawn from the catalogue, the article keeps its file: files go with their owner and nothing else.
		Articles.step(this.client, this.editor, draft.id(), "unpublish", null).expectStatus().isOk();
		assertThat(Articles.get(this.client, null, "/api/search?q=" + this.word).get("total").asLong()).isZero();
		assertThat(this.attachments.list("article:" + draft.id()).collectList().block()).hasSize(1);
		expert.apply(this.client.get().uri(file.get("url").asString())).exchange().expectStatus().isOk();
		this.client.get().uri(file.get("url").asString()).exchange().expectStatus().isNotFound();
	}

	private String createItem(String title) {
		return Items.createdId(this.client, this.editor, Items.item(title));
	}

	private WebTestClient.ResponseSpec upload(String uri, String name, byte[] content) {
		return upload(this.editor, uri, name, content);
	}

	private WebTestClient.ResponseSpec upload(Logins.Session session, String uri, String name, byte[] content) {
		MultipartBodyBuilder form = new MultipartBodyBuilder();
		form.part("file", new ByteArrayResource(content)).filename(name).contentType(MediaType.APPLICATION_OCTET_STREAM);
		return session.apply(this.client.post().uri(uri))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(BodyInserters.fromMultipartData(form.build()))
			.exchange();
	}

	static byte[] pdf(String title, String paragraph) {
		return PrintDocument.start(PrintDocument.Format.A4_PORTRAIT, title, null, Locale.forLanguageTag("nl"))
			.title(title, 20)
			.paragraph(paragraph)
			.finish();
	}

	static byte[] docx(String paragraph) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(paragraph);
			document.write(out);
			return out.toByteArray();
		}
	}

	private static String randomWord() {
		StringBuilder word = new StringBuilder("kwz");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

}
