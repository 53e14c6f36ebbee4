package nl.ouderbetrokkenheid.portal.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API endpoint, called anonymously and as each role. The endpoints come from the application itself, so a new
 * endpoint without an entry here fails this test until someone decides who may call it.
 */
@PortalIntegrationTest
class AuthorizationMatrixIntegrationTests {

	/** Who may call an endpoint: anyone, or logged-in people with one of the roles. */
	record Access(boolean anonymous, Set<Role> roles) {

		static Access anyone() {
			return new Access(true, EnumSet.allOf(Role.class));
		}

		/** Nobody with a portal login; for the metrics, which only the scraper's own account reads. */
		static Access scraperOnly() {
			return new Access(false, EnumSet.noneOf(Role.class));
		}

		static Access only(Role... roles) {
			return new Access(false, EnumSet.copyOf(List.of(roles)));
		}

	}

	/** A path variable that takes one of a list of words: {@code {step:submit|reject}}. */
	private static final Pattern WORDS = Pattern.compile("\\{\\w+:([\\w-]+(?:\\|[\\w-]+)+)}");

	private static final Map<String, Access> MATRIX = Map.ofEntries(
			entry("GET /api/status", Access.anyone()),
			entry("GET /api/taxonomy", Access.anyone()),
			entry("GET /api/me", Access.anyone()),
			entry("PUT /api/me/profile", Access.only(Role.MEMBER)),
			entry("GET /api/me/data", Access.only(Role.MEMBER)),
			entry("DELETE /api/me", Access.only(Role.MEMBER)),
			entry("POST /api/me/sessions/end", Access.only(Role.MEMBER)),
			entry("GET /api/admin/users", Access.only(Role.ADMIN)),
			entry("PUT /api/admin/users/{subject}/roles", Access.only(Role.ADMIN)),
			entry("GET /api/events", Access.anyone()),
			entry("GET /api/events/calendar.ics", Access.anyone()),
			entry("GET /api/events/{id}", Access.anyone()),
			entry("GET /api/events/{id}.ics", Access.anyone()),
			entry("POST /api/events", Access.only(Role.ORGANISER, Role.EDITOR)),
			entry("PUT /api/events/{id}", Access.only(Role.ORGANISER, Role.EDITOR)),
			entry("POST /api/events/{id}/publish", Access.only(Role.ORGANISER, Role.EDITOR)),
			entry("POST /api/events/{id}/cancel", Access.only(Role.ORGANISER, Role.EDITOR)),
			entry("GET /api/organiser/events", Access.only(Role.ORGANISER, Role.EDITOR)),
			entry("POST /api/events/{id}/registrations", Access.only(Role.MEMBER)),
			entry("GET /api/me/registrations", Access.only(Role.MEMBER)),
			entry("DELETE /api/me/registrations/{registrationId}", Access.only(Role.MEMBER)),
			entry("GET /api/events/{id}/attendees", Access.only(Role.ORGANISER, Role.EDITOR)),
			entry("GET /api/events/{id}/attendees.csv", Access.only(Role.ORGANISER, Role.EDITOR)),
			entry("PUT /api/events/{id}/attendees/{registrationId}/presence", Access.only(Role.ORGANISER, Role.EDITOR)),
			entry("GET /api/items/{slug}", Access.anyone()),
			entry("GET /api/items/{slug}/related", Access.anyone()),
			entry("GET /api/items/id/{id}", Access.only(Role.EDITOR)),
			entry("POST /api/items", Access.only(Role.EDITOR)),
			entry("PUT /api/items/{id}", Access.only(Role.EDITOR)),
			entry("POST /api/items/{id}/publish", Access.only(Role.EDITOR)),
			entry("POST /api/items/{id}/unpublish", Access.only(Role.EDITOR)),
			entry("DELETE /api/items/{id}", Access.only(Role.EDITOR)),
			entry("POST /api/items/import", Access.only(Role.EDITOR)),
			entry("POST /api/items/{id}/files", Access.only(Role.EDITOR)),
			entry("DELETE /api/items/{id}/files/{fileId}", Access.only(Role.EDITOR)),
			entry("GET /api/items/{slug}/files/{fileId}", Access.anyone()),
			entry("GET /api/search", Access.anyone()),
			entry("GET /api/search/suggestions", Access.anyone()),
			entry("GET /api/search/misses", Access.only(Role.EDITOR)),
			entry("GET /api/search/synonyms", Access.anyone()),
			entry("PUT /api/search/synonyms", Access.only(Role.EDITOR)),
			entry("GET /api/model", Access.anyone()),
			entry("GET /api/model/poster.pdf", Access.anyone()),
			entry("GET /api/experts", Access.anyone()),
			entry("GET /api/experts/matching", Access.anyone()),
			entry("GET /api/experts/{slug}", Access.anyone()),
			entry("GET /api/experts/me", Access.only(Role.EXPERT)),
			entry("PUT /api/experts/me", Access.only(Role.EXPERT)),
			entry("GET /api/articles", Access.anyone()),
			entry("GET /api/articles/{slug}", Access.anyone()),
			entry("GET /api/articles/{slug}/pdf", Access.anyone()),
			entry("GET /api/articles/mine", Access.only(Role.EXPERT)),
			entry("GET /api/articles/review", Access.only(Role.EDITOR)),
			entry("POST /api/articles", Access.only(Role.EXPERT)),
			entry("POST /api/articles/preview", Access.only(Role.EXPERT, Role.EDITOR)),
			entry("GET /api/articles/id/{id}", Access.only(Role.EXPERT, Role.EDITOR)),
			entry("PUT /api/articles/id/{id}", Access.only(Role.EXPERT)),
			entry("GET /api/articles/id/{id}/diff", Access.only(Role.EXPERT, Role.EDITOR)),
			entry("POST /api/articles/id/{id}/submit", Access.only(Role.EXPERT)),
			entry("POST /api/articles/id/{id}/request-changes", Access.only(Role.EDITOR)),
			entry("POST /api/articles/id/{id}/reject", Access.only(Role.EDITOR)),
			entry("POST /api/articles/id/{id}/publish", Access.only(Role.EDITOR)),
			entry("POST /api/articles/id/{id}/unpublish", Access.only(Role.EDITOR)),
			entry("POST /api/articles/id/{id}/files", Access.only(Role.EXPERT)),
			entry("DELETE /api/articles/id/{id}/files/{fileId}", Access.only(Role.EXPERT)),
			entry("GET /api/articles/{slug}/files/{fileId}", Access.anyone()),
			entry("POST /api/balance/results", Access.anyone()),
			entry("GET /api/balance/scans", Access.only(Role.MEMBER)),
			entry("POST /api/balance/scans", Access.only(Role.MEMBER)),
			entry("GET /api/balance/scans/{id}", Access.only(Role.MEMBER)),
			entry("GET /api/balance/scans/{id}/report.pdf", Access.only(Role.MEMBER)),
			entry("DELETE /api/balance/scans/{id}", Access.only(Role.MEMBER)),
			entry("GET /api/balance/teams", Access.only(Role.MEMBER)),
			entry("POST /api/balance/teams", Access.only(Role.MEMBER)),
			entry("GET /api/balance/teams/{id}", Access.only(Role.MEMBER)),
			entry("GET /api/balance/teams/{id}/report.pdf", Access.only(Role.MEMBER)),
			entry("POST /api/balance/teams/{id}/join", Access.only(Role.MEMBER)),
			entry("PUT /api/balance/teams/{id}/answers", Access.only(Role.MEMBER)),
			entry("POST /api/balance/teams/{id}/rounds", Access.only(Role.MEMBER)),
			entry("POST /api/balance/teams/{id}/actions", Access.only(Role.MEMBER)),
			entry("PUT /api/balance/teams/{id}/actions/{actionId}", Access.only(Role.MEMBER)),
			entry("DELETE /api/balance/teams/{id}/actions/{actionId}", Access.only(Role.MEMBER)),
			entry("GET /api/saved-searches", Access.only(Role.MEMBER)),
			entry("POST /api/saved-searches", Access.only(Role.MEMBER)),
			entry("PUT /api/saved-searches/{id}", Access.only(Role.MEMBER)),
			entry("DELETE /api/saved-searches/{id}", Access.only(Role.MEMBER)),
			entry("POST /api/saved-searches/unsubscribe", Access.anyone()),
			entry("GET /api/collections", Access.only(Role.MEMBER)),
			entry("POST /api/collections", Access.only(Role.MEMBER)),
			entry("GET /api/collections/{id}", Access.only(Role.MEMBER)),
			entry("PUT /api/collections/{id}", Access.only(Role.MEMBER)),
			entry("DELETE /api/collections/{id}", Access.only(Role.MEMBER)),
			entry("PUT /api/collections/{id}/items/{itemId}", Access.only(Role.MEMBER)),
			entry("DELETE /api/collections/{id}/items/{itemId}", Access.only(Role.MEMBER)),
			entry("POST /api/collections/{id}/share", Access.only(Role.MEMBER)),
			entry("DELETE /api/collections/{id}/share", Access.only(Role.MEMBER)),
			entry("GET /api/shared-collections/{token}", Access.anyone()),
			entry("POST /api/admin/digests/run", Access.only(Role.ADMIN)),
			entry("GET /api/contributions/mine", Access.only(Role.MEMBER)),
			entry("GET /api/contributions/review", Access.only(Role.EDITOR)),
			entry("POST /api/contributions", Access.only(Role.MEMBER)),
			entry("GET /api/contributions/{id}", Access.only(Role.MEMBER)),
			entry("PUT /api/contributions/{id}", Access.only(Role.MEMBER)),
			entry("POST /api/contributions/{id}/submit", Access.only(Role.MEMBER)),
			entry("POST /api/contributions/{id}/request-changes", Access.only(Role.EDITOR)),
			entry("POST /api/contributions/{id}/reject", Access.only(Role.EDITOR)),
			entry("POST /api/contributions/{id}/publish", Access.only(Role.EDITOR)),
			entry("POST /api/contributions/{id}/unpublish", Access.only(Role.EDITOR)),
			entry("GET /api/contributions/{id}/diff", Access.only(Role.MEMBER)),
			entry("POST /api/contributions/{id}/files", Access.only(Role.MEMBER)),
			entry("DELETE /api/contributions/{id}/files/{fileId}", Access.only(Role.MEMBER)),
			entry("GET /api/contributions/{id}/files/{fileId}", Access.only(Role.MEMBER)),
			entry("GET /api/reactions/{item}", Access.anyone()),
			entry("PUT /api/reactions/{item}/{kind}", Access.only(Role.MEMBER)),
			entry("DELETE /api/reactions/{item}/{kind}", Access.only(Role.MEMBER)),
			entry("GET /api/replies", Access.anyone()),
			entry("POST /api/replies", Access.only(Role.MEMBER)),
			entry("DELETE /api/replies/{id}", Access.only(Role.MEMBER)),
			entry("POST /api/replies/{id}/report", Access.only(Role.MEMBER)),
			entry("GET /api/moderation/replies", Access.only(Role.EDITOR)),
			entry("POST /api/moderation/replies/{id}/approve", Access.only(Role.EDITOR)),
			entry("POST /api/moderation/replies/{id}/remove", Access.only(Role.EDITOR)),
			entry("GET /api/isop/schools", Access.anyone()),
			entry("GET /api/isop/schools/{slug}", Access.anyone()),
			entry("GET /api/isop/dossiers", Access.only(Role.SCHOOL_CONTACT, Role.ASSESSOR, Role.EDITOR, Role.ADMIN)),
			entry("POST /api/isop/dossiers", Access.only(Role.SCHOOL_CONTACT)),
			entry("GET /api/isop/dossiers/{id}", Access.only(Role.SCHOOL_CONTACT, Role.ASSESSOR, Role.EDITOR, Role.ADMIN)),
			entry("DELETE /api/isop/dossiers/{id}", Access.only(Role.SCHOOL_CONTACT, Role.EDITOR, Role.ADMIN)),
			entry("POST /api/isop/dossiers/{id}/submit", Access.only(Role.SCHOOL_CONTACT)),
			entry("POST /api/isop/dossiers/{id}/restart", Access.only(Role.SCHOOL_CONTACT)),
			entry("PUT /api/isop/dossiers/{id}/consent", Access.only(Role.SCHOOL_CONTACT)),
			entry("PUT /api/isop/dossiers/{id}/links", Access.only(Role.SCHOOL_CONTACT)),
			entry("GET /api/isop/dossiers/{id}/links",
					Access.only(Role.SCHOOL_CONTACT, Role.ASSESSOR, Role.EDITOR, Role.ADMIN)),
			entry("POST /api/isop/dossiers/{id}/sections/{guideline}/evidence",
					Access.only(Role.SCHOOL_CONTACT, Role.ASSESSOR)),
			entry("POST /api/isop/dossiers/{id}/sections/{guideline}/files", Access.only(Role.SCHOOL_CONTACT)),
			entry("DELETE /api/isop/dossiers/{id}/evidence/{evidenceId}", Access.only(Role.SCHOOL_CONTACT)),
			entry("GET /api/isop/dossiers/{id}/files/{fileId}",
					Access.only(Role.SCHOOL_CONTACT, Role.ASSESSOR, Role.EDITOR, Role.ADMIN)),
			entry("GET /api/isop/assessors", Access.only(Role.EDITOR, Role.ADMIN)),
			entry("POST /api/isop/dossiers/{id}/assign", Access.only(Role.EDITOR, Role.ADMIN)),
			entry("POST /api/isop/dossiers/{id}/visits", Access.only(Role.ASSESSOR)),
			entry("PUT /api/isop/dossiers/{id}/sections/{guideline}/finding", Access.only(Role.ASSESSOR)),
			entry("POST /api/isop/dossiers/{id}/award", Access.only(Role.ASSESSOR)),
			entry("POST /api/isop/dossiers/{id}/ask-more", Access.only(Role.ASSESSOR)),
			entry("POST /api/isop/dossiers/{id}/decline", Access.only(Role.ASSESSOR)));

	/**
	 * The actuator's endpoints (not in the handler mapping above), and who reads them: health and info anyone (load
	 * balancers, monitoring), the metrics only the scraper's account, which no portal login replaces.
	 */
	private static final Map<String, Access> OPERATOR_MATRIX = Map.of("GET /actuator/health", Access.anyone(),
			"GET /actuator/info", Access.anyone(), "GET /actuator/prometheus", Access.scraperOnly());

	@Autowired
	private WebTestClient client;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyEndpointHasAnEntryAndEveryEntryAnEndpoint() {
		assertThat(endpoints()).containsExactlyInAnyOrderElementsOf(new TreeSet<>(MATRIX.keySet()));
	}

	@Test
	void everyEndpointAnswersEachCallerAsTheMatrixSays() {
		List<String> failures = new ArrayList<>();
		Map<Role, Logins.Session> sessions = new java.util.EnumMap<>(Role.class);
		for (String endpoint : endpoints()) {
			Access access = MATRIX.get(endpoint);
			if (access == null) {
				continue; // reported by the test above
			}
			int status = call(endpoint, Logins.anonymous(this.client));
			check(failures, endpoint, "anonymous", status, access.anonymous(), 401);
			for (Role role : Role.values()) {
				Logins.Session session = sessions.computeIfAbsent(role, r -> Logins.login(this.client,
						Logins.person("matrix-" + r.name().toLowerCase() + "-" + UUID.randomUUID(), r.name())));
				boolean allowed = access.anonymous() || access.roles().contains(role)
						|| access.roles().contains(Role.MEMBER);
				int roleStatus = call(endpoint, session);
				check(failures, endpoint, role.name(), roleStatus, allowed, 403);
				if (roleStatus < 300 && (endpoint.startsWith("DELETE") || endpoint.contains("/sessions/"))) {
					sessions.remove(role); // the call may have ended the session or the account
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void everyActuatorEndpointHasAnEntryAndOnlyTheScraperReadsTheMetrics() {
		Set<String> exposed = new TreeSet<>();
		this.client.get()
			.uri("/actuator")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(tools.jackson.databind.JsonNode.class)
			.returnResult()
			.getResponseBody()
			.get("_links")
			.properties()
			.forEach(property -> {
				String link = property.getKey();
				if (!link.equals("self") && !link.contains("-")) { // health-path and the like are sub-paths
					exposed.add("GET /actuator/" + link);
				}
			});
		assertThat(exposed).containsExactlyInAnyOrderElementsOf(new TreeSet<>(OPERATOR_MATRIX.keySet()));

		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, Access> entry : new java.util.TreeMap<>(OPERATOR_MATRIX).entrySet()) {
			String endpoint = entry.getKey();
			Access access = entry.getValue();
			check(failures, endpoint, "anonymous", call(endpoint, Logins.anonymous(this.client)), access.anonymous(),
					401);
			for (Role role : Role.values()) {
				Logins.Session session = Logins.login(this.client,
						Logins.person("ops-" + role.name().toLowerCase() + "-" + UUID.randomUUID(), role.name()));
				check(failures, endpoint, role.name(), call(endpoint, session),
						access.anonymous() || access.roles().contains(role), 401);
			}
			int scraper = this.client.get()
				.uri(endpoint.split(" ", 2)[1])
				.headers(headers -> headers.setBasicAuth("prometheus",
						nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest.METRICS_PASSWORD))
				.exchange()
				.returnResult(Void.class)
				.getStatus()
				.value();
			if (scraper != 200) {
				failures.add("%s as the scraper: expected 200, got %d".formatted(endpoint, scraper));
			}
		}
		assertThat(failures).isEmpty();
	}

	private static void check(List<String> failures, String endpoint, String caller, int status, boolean allowed,
			int deniedStatus) {
		boolean denied = status == 401 || status == 403;
		if (allowed && denied) {
			failures.add("%s as %s: expected access, got %d".formatted(endpoint, caller, status));
		}
		if (!allowed && status != deniedStatus) {
			failures.add("%s as %s: expected %d, got %d".formatted(endpoint, caller, deniedStatus, status));
		}
	}

	private int call(String endpoint, Logins.Session session) {
		String[] parts = endpoint.split(" ", 2);
		String path = parts[1].replaceAll("\\{[^}]+}", "sample");
		WebTestClient.RequestBodySpec request = this.client.method(HttpMethod.valueOf(parts[0])).uri(path);
		session.apply(request);
		if (!parts[0].equals("GET") && !parts[0].equals("DELETE")) {
			request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}");
		}
		return request.exchange().returnResult(Void.class).getStatus().value();
	}

	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		this.mappings.getHandlerMethods().keySet().forEach(info -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			info.getPatternsCondition().getPatterns().forEach(pattern -> {
				if (pattern.getPatternString().startsWith("/api")) {
					(methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
						.forEach(method -> paths(pattern.getPatternString())
							.forEach(path -> endpoints.add(method.name() + " " + path)));
				}
			});
		});
		return endpoints;
	}

	/**
	 * The paths a pattern stands for: one whose variable is a list of words ({@code {step:submit|reject}}) is an
	 * endpoint per word, each with its own entry, as each may answer other callers.
	 */
	private static List<String> paths(String pattern) {
		Matcher words = WORDS.matcher(pattern);
		if (!words.find()) {
			return List.of(pattern);
		}
		return Arrays.stream(words.group(1).split("\\|"))
			.flatMap(word -> paths(pattern.substring(0, words.start()) + word + pattern.substring(words.end())).stream())
			.toList();
	}

}
