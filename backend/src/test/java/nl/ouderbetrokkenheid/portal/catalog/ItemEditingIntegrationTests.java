package nl.ouderbetrokkenheid.portal.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Markers;
import nl.ouderbetrokkenheid.portal.support.Articles;
import nl.ouderbetrokkenheid.portal.support.Items;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.support.Responses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.ReactiveElasticsearchOperations;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.invalid;
import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class ItemEditingIntegrationTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private ReactiveElasticsearchOperations operations;

	private Logins.Session editor;

	@BeforeEach
	void logIn() {
		this.editor = Logins.login(this.client, Logins.person("editor-" + UUID.randomUUID(), "EDITOR"));
	}

	@Test
	void editorCreatesAnItemEveryoneReadsItAndUnpublishingHidesIt() {
		String title = "Koffieochtend voor ouders " + UUID.randomUUID();
		EntityExchangeResult<byte[]> created = create(Items.with(Items.item(title), "body",
				"## Aanpak\n\nOuders <script>alert(1)</script> drinken [koffie](javascript:alert(1))."));
		String location = created.getResponseHeaders().getLocation().toString();
		assertThat(created.getResponseHeaders().getETag()).isNotBlank();
		String id = id(created);

		this.client.get()
			.uri(location)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo(title)
			.jsonPath("$.bodyHtml")
			.value(html -> assertThat(html.toString()).contains("<h2>Aanpak</h2>")
				.doesNotContain("<script")
				.doesNotContain("javascript:"));

		String unpublished = Responses
			.okVersion(this.editor.apply(this.client.post().uri("/api/items/" + id + "/unpublish")).exchange());
		this.client.get().uri(location).exchange().expectStatus().isNotFound();
		this.editor.apply(this.client.get().uri(location)).exchange().expectStatus().isOk();

		// An update that leaves "published" out keeps the item a draft.
		Items.update(this.client, this.editor, id, unpublished, Items.item(title))
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.published")
			.isEqualTo(false);
	}

	@Test
	void anEditorsSaveIsInSearchAndOnThePageAtOnce() {
		// Each read comes straight after the write, through searches (the slug page is one too), not GETs by id.
		String marker = Markers.word("zq");
		EntityExchangeResult<byte[]> created = create(Items.item("Ouderavond " + marker));
		String id = id(created);
		String location = created.getResponseHeaders().getLocation().toString();
		assertThat(Articles.get(this.client, this.editor, "/api/search?q=" + marker).get("items").findValuesAsString("id"))
			.containsExactly(id);
		assertThat(Articles.get(this.client, null, location).get("id").asString()).isEqualTo(id);

		String updated = Responses.okVersion(this.editor.apply(this.client.put().uri("/api/items/" + id))
			.header("If-Match", created.getResponseHeaders().getETag())
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Items.json(Items.item("Ouderochtend " + marker)))
			.exchange());
		JsonNode found = Articles.get(this.client, this.editor, "/api/search?q=" + marker);
		assertThat(found.get("total").asLong()).isEqualTo(1);
		assertThat(found.get("items").get(0).get("title").asString()).isEqualTo("Ouderochtend " + marker);

		this.editor.apply(this.client.post().uri("/api/items/" + id + "/unpublish"))
			.header("If-Match", updated)
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(Articles.get(this.client, null, "/api/search?q=" + marker).get("total").asLong()).isZero();
		this.client.get().uri(location).exchange().expectStatus().isNotFound();

		this.editor.apply(this.client.delete().uri("/api/items/" + id)).exchange().expectStatus().isNoContent();
		this.editor.apply(this.client.get().uri(location)).exchange().expectStatus().isNotFound();
	}

	@Test
	void aStaleUpdateIsRefusedAndOverwritesNothing() {
		EntityExchangeResult<byte[]> created = create(Items.item("Huisbezoek " + UUID.randomUUID()));
		String id = id(created);
		String etag = created.getResponseHeaders().getETag();

		Items.update(this.client, this.editor, id, etag, Items.item("Eerste versie"))
			.expectStatus()
			.isOk();
		Items.update(this.client, this.editor, id, etag, Items.item("Tweede versie op een oude basis"))
			.expectStatus()
			.isEqualTo(412)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		Items.update(this.client, this.editor, id, null, Items.item("Zonder versie"))
			.expectStatus()
			.isEqualTo(428);

		this.editor.apply(this.client.get().uri("/api/items/id/" + id))
			.exchange()
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("Eerste versie");
	}

	@Test
	void invalidItemsAreRefusedNamingEachField() {
		this.editor.apply(this.client.post().uri("/api/items"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Items.json(Items.with(Items.item(""), "partnerships", List.of("BOGUS"), "region", "MARS",
					"links", List.of(Map.of("title", "x", "url", "javascript:alert(1)")))))
			.exchange()
			.expectAll(invalid("title", "partnerships", "region", "links[0].url"));
	}

	@Test
	void importReportsEachBadLineAndTwiceChangesNothing() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String file = Items.ndjson(List.of(Items.with(Items.item("Import een " + run), "externalId", run + "-1"),
				Items.with(Items.item("Import twee " + run), "externalId", run + "-2", "sectors", List.of("SPACE")),
				Items.with(Items.item("Import drie " + run), "externalId", run + "-3"))) + "{ not json\n"
				+ Items.json(Items.with(Items.item("Import vier " + run), "externalId", run + "-1")) + "\n";

		importNdjson(file).jsonPath("$.created")
			.isEqualTo(2)
			.jsonPath("$.rejected[*].line")
			.isEqualTo(List.of(2, 4, 5))
			.jsonPath("$.rejected[0].errors[0].field")
			.isEqualTo("sectors")
			.jsonPath("$.rejected[2].errors[0].field")
			.isEqualTo("externalId");

		importNdjson(file).jsonPath("$.created").isEqualTo(0).jsonPath("$.updated").isEqualTo(0)
			.jsonPath("$.unchanged").isEqualTo(2);

		String changed = Items.ndjson(List.of(Items.with(Items.item("Import een, herzien " + run), "externalId", run + "-1")));
		importNdjson(changed).jsonPath("$.updated").isEqualTo(1).jsonPath("$.created").isEqualTo(0);
	}

	@Test
	void importReadsLabelsAsPeopleWriteThemStoresTheCodesAndListsEachMapping() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String file = Items.ndjson(List.of(
				Items.with(Items.item("Labels een " + run), "externalId", run + "-1", "type", "Tip of tool",
						"partnerships", List.of("Informeel partnerschap", "formal"), "aspects", List.of("communicatie"),
						"sectors", List.of("opvang", "Onderwijs"), "region", "Zuid-Holland"),
				Items.with(Items.item("Labels twee " + run), "externalId", run + "-2", "region", "Landelijk"),
				Items.with(Items.item("Labels drie " + run), "externalId", run + "-3", "region", "zuid_holland"),
				Items.with(Items.item("Labels vier " + run), "externalId", run + "-4", "region", "Mars",
						"sectors", List.of("Opvang"))));

		importNdjson(file).jsonPath("$.created")
			.isEqualTo(3)
			.jsonPath("$.mapped['Zuid-Holland']")
			.isEqualTo("ZUID_HOLLAND")
			.jsonPath("$.mapped['zuid_holland']")
			.isEqualTo("ZUID_HOLLAND")
			.jsonPath("$.mapped['Landelijk']")
			.isEqualTo("NATIONAL")
			.jsonPath("$.mapped['Informeel partnerschap']")
			.isEqualTo("INFORMAL")
			.jsonPath("$.mapped['Tip of tool']")
			.isEqualTo("TOOL")
			.jsonPath("$.mapped['opvang']")
			.isEqualTo("CHILDCARE")
			.jsonPath("$.mapped['Mars']")
			.doesNotExist()
			.jsonPath("$.rejected[*].line")
			.isEqualTo(List.of(4))
			.jsonPath("$.rejected[0].errors[0].field")
			.isEqualTo("region")
			.jsonPath("$.rejected[0].errors[0].code")
			.isEqualTo("unknown-code")
			.jsonPath("$.rejected[0].errors[0].message")
			.isEqualTo("unknown code 'Mars'");

		ItemDocument first = this.operations.get(ItemImportStore.documentId(run + "-1"), ItemDocument.class)
			.block(java.time.Duration.ofSeconds(10));
		assertThat(first.getType()).isEqualTo("TOOL");
		assertThat(first.getPartnerships()).containsExactly("INFORMAL", "FORMAL");
		assertThat(first.getAspects()).containsExactly("COMMUNICATION");
		assertThat(first.getSectors()).containsExactly("CHILDCARE", "EDUCATION");
		assertThat(first.getRegion()).isEqualTo("ZUID_HOLLAND");
		assertThat(this.operations.get(ItemImportStore.documentId(run + "-2"), ItemDocument.class)
			.block(java.time.Duration.ofSeconds(10))
			.getRegion()).isEqualTo("NATIONAL");

		// The same items written with codes are the same content: nothing changes.
		String withCodes = Items.ndjson(List.of(Items.with(Items.item("Labels twee " + run), "externalId", run + "-2",
				"region", "NATIONAL")));
		importNdjson(withCodes).jsonPath("$.unchanged").isEqualTo(1).jsonPath("$.mapped").isEmpty();
	}

	@Test
	void aLargeImportStoresBatchesConcurrentlyWithUniqueSlugsAndReportsInFileOrder() {
		// 1,200 lines = three batches, two of them in flight at once: titles repeat across batches (slug clashes),
		// a bad line sits in the second batch and an external id from the first batch comes back in the third.
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<Map<String, Object>> lines = new java.util.ArrayList<>();
		for (int i = 1; i <= 1200; i++) {
			Map<String, Object> item = Items.with(Items.item("Grote import " + run + " deel " + (i % 7)), "externalId",
					run + "-" + ((i == 1100) ? 3 : i));
			lines.add((i == 600) ? Items.with(item, "sectors", List.of("SPACE")) : item);
		}

		importNdjson(Items.ndjson(lines)).jsonPath("$.created")
			.isEqualTo(1198)
			.jsonPath("$.rejected[*].line")
			.isEqualTo(List.of(600, 1100))
			.jsonPath("$.rejected[1].errors[0].message")
			.isEqualTo("appears again (first on line 3)");

		NativeQuery query = NativeQuery.builder()
			.withQuery(q -> q.prefix(p -> p.field("externalId").value(run + "-")))
			.withMaxResults(2000)
			.build();
		List<String> slugs = this.operations.search(query, ItemDocument.class)
			.map(hit -> hit.getContent().getSlug())
			.collectList()
			.block(java.time.Duration.ofSeconds(30));
		assertThat(slugs).hasSize(1198).doesNotHaveDuplicates();
	}

	@Test
	void csvImportUsesTheSameColumns() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String csv = "\uFEFFexternalId,type,title,summary,partnerships,aspects,sectors,region\n"
				+ run + "-a,TOOL,Gesprekskaart " + run + ",Een kaart.,PEDAGOGIC|INFORMAL,COMMUNICATION,CARE|VVE,NATIONAL\n"
				+ run + "-b,TOOL,,Geen titel.,PEDAGOGIC,,CARE,NATIONAL\n";
		this.editor.apply(this.client.post().uri("/api/items/import"))
			.contentType(MediaType.parseMediaType("text/csv"))
			.bodyValue(csv)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.created")
			.isEqualTo(1)
			.jsonPath("$.rejected[0].line")
			.isEqualTo(3)
			.jsonPath("$.rejected[0].errors[0].field")
			.isEqualTo("title");
	}

	private WebTestClient.BodyContentSpec importNdjson(String file) {
		return this.editor.apply(this.client.post().uri("/api/items/import"))
			.contentType(MediaType.parseMediaType("application/x-ndjson"))
			.bodyValue(file)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private EntityExchangeResult<byte[]> create(Map<String, Object> item) {
		return Items.create(this.client, this.editor, item);
	}

	private static String id(EntityExchangeResult<byte[]> result) {
		String body = new String(result.getResponseBodyContent());
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body).get("id").asString();
	}

}
