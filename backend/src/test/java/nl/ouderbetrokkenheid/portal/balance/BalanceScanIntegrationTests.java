package nl.ouderbetrokkenheid.portal.balance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.ouderbetrokkenheid.portal.support.Items;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.MailTestServer;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

import static nl.ouderbetrokkenheid.portal.balance.BalanceHttp.cell;
import static nl.ouderbetrokkenheid.portal.balance.BalanceHttp.cells;
import static nl.ouderbetrokkenheid.portal.balance.BalanceHttp.scan;
import static nl.ouderbetrokkenheid.portal.support.ProblemResponses.invalid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The balance scan through its API: the try-out without an account, saved scans, a team's spread and history, the
 * action plan's reminder, and who may see what.
 */
@PortalIntegrationTest
class BalanceScanIntegrationTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private BalanceJobs jobs;

	private BalanceHttp http() {
		return new BalanceHttp(this.client);
	}

	private Logins.Session member(String name) {
		return http().member(name);
	}

	@Test
	void aVisitorGetsResultsAndRecommendationsWithoutAnAccountAndNothingIsStored() {
		String marker = "Balansvoorbeeld " + UUID.randomUUID().toString().substring(0, 8);
		Logins.Session editor = Logins.login(this.client, Logins.person("ed-" + UUID.randomUUID(), "EDITOR"));
		String itemId = http().ok(editor, HttpMethod.POST, "/api/items", Items.json(Items.with(Items.item(marker),
				"partnerships", List.of("SOCIETAL"), "aspects", List.of("BUILDING"), "sectors", List.of("SPORT"))))
			.get("id")
			.asString();
		http().ok(editor, HttpMethod.POST, "/api/items/" + itemId + "/publish", null);

		Map<String, Object> answers = scan(Level.UNDERWAY, "SOCIETAL/BUILDING", Level.NOT_YET, "FORMAL/ICT",
				Level.NOT_APPLICABLE, "DIDACTIC/CULTURE", Level.STARTING);
		answers.put("sector", "SPORT");
		JsonNode results = http().ok(Logins.anonymous(this.client), HttpMethod.POST, "/api/balance/results", answers);

		assertThat(results.get("cells")).hasSize(30);
		assertThat(cells(results.get("weakest"))).containsExactly("SOCIETAL/BUILDING", "DIDACTIC/CULTURE",
				"INFORMAL/COMMUNICATION");
		assertThat(cell(results, "FORMAL", "ICT").hasNonNull("score")).as("n.v.t. is no score").isFalse();
		assertThat(results.get("partnerships")).hasSize(5);
		assertThat(results.get("aspects")).hasSize(6);
		JsonNode first = results.get("recommendations").get(0);
		assertThat(first.get("partnership").asString()).isEqualTo("SOCIETAL");
		assertThat(first.get("items").findValuesAsString("title")).contains(marker);
	}

	@Test
	void badAnswersAreRefusedNamingEachField() {
		Map<String, Object> body = scan(Level.UNDERWAY);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> answers = new java.util.ArrayList<>((List<Map<String, Object>>) body.get("answers"));
		answers.set(0, Map.of("partnership", "BOGUS", "aspect", "ICT", "level", "UNDERWAY"));
		answers.set(1, Map.of("partnership", "INFORMAL", "aspect", "ICT", "level", "UNDERWAY"));
		answers.set(2, Map.of("partnership", "FORMAL", "aspect", "CULTURE"));
		answers.set(3, Map.of("partnership", "FORMAL", "aspect", "ORGANISATION", "level", "UNDERWAY", "note",
				"x".repeat(1001)));
		body.put("answers", answers);
		body.put("region", "MARS");

		http().send(Logins.anonymous(this.client), HttpMethod.POST, "/api/balance/results", body)
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[*].field")
			.value(fields -> assertThat(fields.toString()).contains("answers[0].partnership", "answers[2].level",
					"answers[3].note", "region"))
			.jsonPath("$.errors[?(@.code == 'duplicate')].field")
			.value(fields -> assertThat(fields.toString()).contains("answers["));
		http().send(Logins.anonymous(this.client), HttpMethod.POST, "/api/balance/results", "{}")
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("answers");
	}

	@Test
	void aSavedScanIsListedAtOnceAndVisibleToItsOwnerAlone() {
		Logins.Session owner = member("scanner");
		JsonNode saved = http().ok(owner, HttpMethod.POST, "/api/balance/scans",
				scan(Level.STARTING, "PEDAGOGIC/ICT", Level.NOT_YET));
		String id = saved.get("id").asString();
		assertThat(cells(saved.get("results").get("weakest")).getFirst()).isEqualTo("PEDAGOGIC/ICT");

		assertThat(http().get(owner, "/api/balance/scans").get("scans").findValuesAsString("id")).contains(id);
		assertThat(http().get(owner, "/api/balance/scans/" + id).get("answers")).hasSize(30);
		Logins.Session other = member("other");
		http().send(other, HttpMethod.GET, "/api/balance/scans/" + id, null).expectStatus().isNotFound();
		http().send(other, HttpMethod.DELETE, "/api/balance/scans/" + id, null).expectStatus().isNotFound();
		assertThat(http().get(other, "/api/balance/scans").get("scans")).isEmpty();
	}

	@Test
	void aTeamOfThreeSeesSpreadDisagreementAndHistoryAndOnlyItsOwnerSeesWhoHasNotAnswered() {
		Logins.Session owner = member("owner");
		Logins.Session colleague = member("colleague");
		Logins.Session late = member("late");
		Logins.Session outsider = member("outsider");
		JsonNode team = http().ok(owner, HttpMethod.POST, "/api/balance/teams",
				Map.of("name", "Basisschool De Linde", "sector", "EDUCATION", "region", "UTRECHT"));
		String id = team.get("id").asString();
		String token = team.get("inviteToken").asString();
		String path = "/api/balance/teams/" + id;

		http().send(outsider, HttpMethod.POST, path + "/join", Map.of("token", "wrong-" + token))
			.expectStatus()
			.isNotFound();
		http().send(outsider, HttpMethod.GET, path, null).expectStatus().isNotFound();
		http().send(outsider, HttpMethod.PUT, path + "/answers", scan(Level.NOT_YET)).expectStatus().isNotFound();
		JsonNode joined = http().ok(colleague, HttpMethod.POST, path + "/join", Map.of("token", token));
		assertThat(joined.hasNonNull("inviteToken")).as("the token is for the owner").isFalse();
		http().ok(late, HttpMethod.POST, path + "/join", Map.of("token", token));
		assertThat(http().get(colleague, "/api/balance/teams").get("teams").findValuesAsString("id")).contains(id);

		http().ok(owner, HttpMethod.PUT, path + "/answers",
				scan(Level.UNDERWAY, "INFORMAL/CULTURE", Level.NOT_YET, "FORMAL/ICT", Level.STARTING));
		JsonNode view = http().ok(colleague, HttpMethod.PUT, path + "/answers",
				scan(Level.UNDERWAY, "INFORMAL/CULTURE", Level.SECURED, "FORMAL/ICT", Level.UNDERWAY));

		JsonNode results = view.get("results");
		assertThat(results.get("respondents").asInt()).isEqualTo(2);
		assertThat(cell(results, "INFORMAL", "CULTURE").get("score").asDouble()).isEqualTo(2.5);
		assertThat(cell(results, "INFORMAL", "CULTURE").get("spread").asDouble()).isEqualTo(1.5);
		assertThat(cells(results.get("disagreements"))).containsExactly("INFORMAL/CULTURE", "FORMAL/ICT");
		assertThat(view.get("myAnswers")).hasSize(30);
		assertThat(view.get("notAnsweredCount").asInt()).isEqualTo(1);
		assertThat(view.get("members")).as("names are for the owner").isEmpty();
		JsonNode asOwner = http().get(owner, path);
		assertThat(asOwner.get("members").findValuesAsString("name")).hasSize(3);
		assertThat(asOwner.get("members").toString()).contains("Test " + late.person().subject());
		for (JsonNode member : asOwner.get("members")) {
			boolean isLate = member.get("name").asString().equals("Test " + late.person().subject());
			assertThat(member.get("answered").asBoolean()).isEqualTo(!isLate);
		}

		// Only the owner starts a new round; then the change per cell shows against the last round.
		http().send(colleague, HttpMethod.POST, path + "/rounds", null).expectStatus().isForbidden();
		JsonNode second = http().ok(owner, HttpMethod.POST, path + "/rounds", null);
		assertThat(second.get("round").asInt()).isEqualTo(2);
		assertThat(second.get("myAnswers")).isEmpty();
		JsonNode after = http().ok(owner, HttpMethod.PUT, path + "/answers",
				scan(Level.UNDERWAY, "INFORMAL/CULTURE", Level.SECURED)).get("results");
		assertThat(cell(after, "INFORMAL", "CULTURE").get("change").asDouble()).isEqualTo(1.5);
		assertThat(cell(after, "FORMAL", "ICT").get("change").asDouble()).isEqualTo(0.5);
		assertThat(cell(after, "SOCIETAL", "ICT").get("change").asDouble()).isEqualTo(0.0);
	}

	@Test
	void anActionsOwnerIsRemindedByMailOnceAndAStaleChangeIsRefused() {
		Logins.Session owner = member("planner");
		Logins.Session colleague = member("doer");
		JsonNode team = http().ok(owner, HttpMethod.POST, "/api/balance/teams", Map.of("name", "Kinderopvang Zon"));
		String path = "/api/balance/teams/" + team.get("id").asString();
		String colleagueId = http()
			.ok(colleague, HttpMethod.POST, path + "/join", Map.of("token", team.get("inviteToken").asString()))
			.get("memberId")
			.asString();
		String text = "Ouderavond over opvoeden " + UUID.randomUUID().toString().substring(0, 6);
		Map<String, Object> body = new java.util.HashMap<>(Map.of("partnership", "PEDAGOGIC", "aspect",
				"COMMUNICATION", "text", text, "ownerId", colleagueId, "due", LocalDate.now().plusDays(1).toString()));

		http().send(owner, HttpMethod.POST, path + "/actions", Map.of("partnership", "PEDAGOGIC", "text", "",
				"ownerId", "nobody", "due", "2030-01-01"))
			.expectAll(invalid("aspect", "text"));
		http().send(owner, HttpMethod.POST, path + "/actions", Map.of("partnership", "PEDAGOGIC", "aspect", "ICT",
				"text", "x", "ownerId", "nobody", "due", "2030-01-01"))
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("ownerId");
		JsonNode action = http().ok(owner, HttpMethod.POST, path + "/actions", body);
		assertThat(action.get("ownerName").asString()).isEqualTo("Test " + colleague.person().subject());
		assertThat(http().get(colleague, path).get("actions").findValuesAsString("text")).contains(text);

		this.jobs.sendReminders().block(Duration.ofSeconds(30));
		this.jobs.sendReminders().block(Duration.ofSeconds(30)); // and again: already reminded
		assertThat(MailTestServer.await(colleague.person().email(),
				m -> MailTestServer.subject(m).equals("Herinnering actieplan: " + text), Duration.ofSeconds(30)))
			.hasSize(1);

		String actionPath = path + "/actions/" + action.get("id").asString();
		body.put("done", true);
		http().send(colleague, HttpMethod.PUT, actionPath, body).expectStatus().isEqualTo(428);
		WebTestClient.RequestBodySpec stale = this.client.put().uri(actionPath);
		colleague.apply(stale).header("If-Match", "\"999-1\"");
		stale.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue(BalanceHttp.json(body))
			.exchange()
			.expectStatus()
			.isEqualTo(412);
		// The reminder changed the action: the version to send is the one the plan shows now.
		String version = http().get(colleague, path).get("actions").get(0).get("version").asString();
		assertThat(version).isNotEqualTo(action.get("version").asString());
		WebTestClient.RequestBodySpec fresh = this.client.put().uri(actionPath);
		colleague.apply(fresh).header("If-Match", version);
		fresh.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.bodyValue(BalanceHttp.json(body))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.done")
			.isEqualTo(true);
		http().send(member("stranger"), HttpMethod.DELETE, actionPath, null).expectStatus().isNotFound();
	}

	@Test
	void scansAndAnswersAreInTheExportAndGoWithTheAccount() {
		String subject = "leaver-" + UUID.randomUUID();
		Logins.Session leaver = Logins.login(this.client, Logins.person(subject, "MEMBER"));
		Logins.Session stayer = member("stayer");
		String note = "Onze notitie " + UUID.randomUUID();
		Map<String, Object> personal = scan(Level.STARTING);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> answers = new java.util.ArrayList<>((List<Map<String, Object>>) personal.get("answers"));
		answers.set(0, Map.of("partnership", "INFORMAL", "aspect", "COMMUNICATION", "level", "NOT_YET", "note", note));
		personal.put("answers", answers);
		String scanId = http().ok(leaver, HttpMethod.POST, "/api/balance/scans", personal).get("id").asString();
		JsonNode team = http().ok(leaver, HttpMethod.POST, "/api/balance/teams", Map.of("name", "Team van de vertrekker"));
		String path = "/api/balance/teams/" + team.get("id").asString();
		http().ok(stayer, HttpMethod.POST, path + "/join", Map.of("token", team.get("inviteToken").asString()));
		http().ok(leaver, HttpMethod.PUT, path + "/answers", scan(Level.UNDERWAY));
		http().ok(leaver, HttpMethod.POST, path + "/actions", Map.of("partnership", "FORMAL", "aspect", "CULTURE",
				"text", "Regels op de website", "due", "2030-01-01"));

		JsonNode export = http().get(leaver, "/api/me/data").get("balanceScans");
		assertThat(export.get("scans").findValuesAsString("id")).contains(scanId);
		assertThat(export.toString()).contains(note, "Team van de vertrekker", "Regels op de website");

		http().send(leaver, HttpMethod.DELETE, "/api/me", null).expectStatus().isOk();

		// The team goes on with the colleague as its owner; nothing of the leaver's is left in it.
		JsonNode after = http().get(stayer, path);
		assertThat(after.get("owner").asBoolean()).isTrue();
		assertThat(after.get("memberCount").asInt()).isEqualTo(1);
		assertThat(after.get("results").get("respondents").asInt()).isZero();
		assertThat(after.get("actions").findValuesAsString("text")).contains("Regels op de website");
		assertThat(after.toString()).doesNotContain(subject);
		assertThat(after.get("actions").get(0).hasNonNull("ownerName")).isFalse();
		Logins.Session again = Logins.login(this.client, Logins.person(subject, "MEMBER"));
		assertThat(http().get(again, "/api/balance/scans").get("scans")).isEmpty();
		assertThat(http().get(again, "/api/balance/teams").get("teams")).isEmpty();
		http().send(again, HttpMethod.GET, "/api/balance/scans/" + scanId, null).expectStatus().isNotFound();
	}

}
