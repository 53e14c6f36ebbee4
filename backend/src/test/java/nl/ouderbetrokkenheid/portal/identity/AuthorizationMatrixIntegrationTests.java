package nl.ouderbetrokkenheid.portal.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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

		/**
		 * Reads a table such as {@code MATRIX}; a line without callers, an unknown role or an endpoint listed twice
		 * fails every test here.
		 */
		static Map<String, Access> table(String lines) {
			Map<String, Access> table = new LinkedHashMap<>();
			lines.lines().filter(line -> !line.isBlank()).forEach(line -> {
				String[] cells = line.strip().split("\\s+");
				String endpoint = cells[0] + " " + cells[1];
				List<String> callers = List.of(cells).subList(2, cells.length);
				Access access = callers.equals(List.of("anyone")) ? anyone()
						: only(callers.stream().map(Role::valueOf).toArray(Role[]::new));
				if (table.put(endpoint, access) != null) {
					throw new IllegalArgumentException("Listed twice: " + endpoint);
				}
			});
			return table;
		}

	}

	/** A path variable that takes one of a list of words: {@code {step:submit|reject}}. */
	private static final Pattern WORDS = Pattern.compile("\\{\\w+:([\\w-]+(?:\\|[\\w-]+)+)}");

	/** Per line an endpoint (method and path) and who may call it: {@code anyone}, or the roles. */
	private static final Map<String, Access> MATRIX = Access.table("""
			GET     /api/status                                            anyone
			GET     /api/taxonomy                                          anyone
			GET     /api/me                                                anyone
			PUT     /api/me/profile                                        MEMBER
			GET     /api/me/data                                           MEMBER
			DELETE  /api/me                                                MEMBER
			POST    /api/me/sessions/end                                   MEMBER
			GET     /api/admin/users                                       ADMIN
			PUT     /api/admin/users/{subject}/roles                       ADMIN
			GET     /api/events                                            anyone
			GET     /api/events/calendar.ics                               anyone
			GET     /api/events/{id}                                       anyone
			GET     /api/events/{id}.ics                                   anyone
			POST    /api/events                                            ORGANISER EDITOR
			PUT     /api/events/{id}                                       ORGANISER EDITOR
			POST    /api/events/{id}/publish                               ORGANISER EDITOR
			POST    /api/events/{id}/cancel                                ORGANISER EDITOR
			GET     /api/organiser/events                                  ORGANISER EDITOR
			POST    /api/events/{id}/registrations                         MEMBER
			GET     /api/me/registrations                                  MEMBER
			DELETE  /api/me/registrations/{registrationId}                 MEMBER
			GET     /api/events/{id}/attendees                             ORGANISER EDITOR
			GET     /api/events/{id}/attendees.csv                         ORGANISER EDITOR
			PUT     /api/events/{id}/attendees/{registrationId}/presence   ORGANISER EDITOR
			GET     /api/items/{slug}                                      anyone
			GET     /api/items/{slug}/related                              anyone
			GET     /api/items/id/{id}                                     EDITOR
			POST    /api/items                                             EDITOR
			PUT     /api/items/{id}                                        EDITOR
			POST    /api/items/{id}/publish                                EDITOR
			POST    /api/items/{id}/unpublish                              EDITOR
			DELETE  /api/items/{id}                                        EDITOR
			POST    /api/items/import                                      EDITOR
			POST    /api/items/{id}/files                                  EDITOR
			DELETE  /api/items/{id}/files/{fileId}                         EDITOR
			GET     /api/items/{slug}/files/{fileId}                       anyone
			GET     /api/search                                            anyone
			GET     /api/search/suggestions                                anyone
			GET     /api/search/misses                                     EDITOR
			GET     /api/search/synonyms                                   anyone
			PUT     /api/search/synonyms                                   EDITOR
			GET     /api/model                                             anyone
			GET     /api/model/poster.pdf                                  anyone
			GET     /api/experts                                           anyone
			GET     /api/experts/matching                                  anyone
			GET     /api/experts/{slug}                                    anyone
			GET     /api/experts/me                                        EXPERT
			PUT     /api/experts/me                                        EXPERT
			GET     /api/articles                                          anyone
			GET     /api/articles/{slug}                                   anyone
			GET     /api/articles/{slug}/pdf                               anyone
			GET     /api/articles/mine                                     EXPERT
			GET     /api/articles/review                                   EDITOR
			POST    /api/articles                                          EXPERT
			POST    /api/articles/preview                                  EXPERT EDITOR
			GET     /api/articles/id/{id}                                  EXPERT EDITOR
			PUT     /api/articles/id/{id}                                  EXPERT
			GET     /api/articles/id/{id}/diff                             EXPERT EDITOR
			POST    /api/articles/id/{id}/submit                           EXPERT
			POST    /api/articles/id/{id}/request-changes                  EDITOR
			POST    /api/articles/id/{id}/reject                           EDITOR
			POST    /api/articles/id/{id}/publish                          EDITOR
			POST    /api/articles/id/{id}/unpublish                        EDITOR
			POST    /api/articles/id/{id}/files                            EXPERT
			DELETE  /api/articles/id/{id}/files/{fileId}                   EXPERT
			GET     /api/articles/{slug}/files/{fileId}                    anyone
			POST    /api/balance/results                                   anyone
			GET     /api/balance/scans                                     MEMBER
			POST    /api/balance/scans                                     MEMBER
			GET     /api/balance/scans/{id}                                MEMBER
			GET     /api/balance/scans/{id}/report.pdf                     MEMBER
			DELETE  /api/balance/scans/{id}                                MEMBER
			GET     /api/balance/teams                                     MEMBER
			POST    /api/balance/teams                                     MEMBER
			GET     /api/balance/teams/{id}                                MEMBER
			GET     /api/balance/teams/{id}/report.pdf                     MEMBER
			POST    /api/balance/teams/{id}/join                           MEMBER
			PUT     /api/balance/teams/{id}/answers                        MEMBER
			POST    /api/balance/teams/{id}/rounds                         MEMBER
			POST    /api/balance/teams/{id}/actions                        MEMBER
			PUT     /api/balance/teams/{id}/actions/{actionId}             MEMBER
			DELETE  /api/balance/teams/{id}/actions/{actionId}             MEMBER
			GET     /api/saved-searches                                    MEMBER
			POST    /api/saved-searches                                    MEMBER
			PUT     /api/saved-searches/{id}                               MEMBER
			DELETE  /api/saved-searches/{id}                               MEMBER
			POST    /api/saved-searches/unsubscribe                        anyone
			GET     /api/collections                                       MEMBER
			POST    /api/collections                                       MEMBER
			GET     /api/collections/{id}                                  MEMBER
			PUT     /api/collections/{id}                                  MEMBER
			DELETE  /api/collections/{id}                                  MEMBER
			PUT     /api/collections/{id}/items/{itemId}                   MEMBER
			DELETE  /api/collections/{id}/items/{itemId}                   MEMBER
			POST    /api/collections/{id}/share                            MEMBER
			DELETE  /api/collections/{id}/share                            MEMBER
			GET     /api/shared-collections/{token}                        anyone
			POST    /api/admin/digests/run                                 ADMIN
			GET     /api/contributions/mine                                MEMBER
			GET     /api/contributions/review                              EDITOR
			POST    /api/contributions                                     MEMBER
			GET     /api/contributions/{id}                                MEMBER
			PUT     /api/contributions/{id}                                MEMBER
			POST    /api/contributions/{id}/submit                         MEMBER
			POST    /api/contributions/{id}/request-changes                EDITOR
			POST    /api/contributions/{id}/reject                         EDITOR
			POST    /api/contributions/{id}/publish                        EDITOR
			POST    /api/contributions/{id}/unpublish                      EDITOR
			GET     /api/contributions/{id}/diff                           MEMBER
			POST    /api/contributions/{id}/files                          MEMBER
			DELETE  /api/contributions/{id}/files/{fileId}                 MEMBER
			GET     /api/contributions/{id}/files/{fileId}                 MEMBER
			GET     /api/reactions/{item}                                  anyone
			PUT     /api/reactions/{item}/{kind}                           MEMBER
			DELETE  /api/reactions/{item}/{kind}                           MEMBER
			GET     /api/replies                                           anyone
			POST    /api/replies                                           MEMBER
			DELETE  /api/replies/{id}                                      MEMBER
			POST    /api/replies/{id}/report                               MEMBER
			GET     /api/moderation/replies                                EDITOR
			POST    /api/moderation/replies/{id}/approve                   EDITOR
			POST    /api/moderation/replies/{id}/remove                    EDITOR
			GET     /api/isop/schools                                      anyone
			GET     /api/isop/schools/{slug}                               anyone
			GET     /api/isop/dossiers                                     SCHOOL_CONTACT ASSESSOR EDITOR ADMIN
			POST    /api/isop/dossiers                                     SCHOOL_CONTACT
			GET     /api/isop/dossiers/{id}                                SCHOOL_CONTACT ASSESSOR EDITOR ADMIN
			DELETE  /api/isop/dossiers/{id}                                SCHOOL_CONTACT EDITOR ADMIN
			POST    /api/isop/dossiers/{id}/submit                         SCHOOL_CONTACT
			POST    /api/isop/dossiers/{id}/restart                        SCHOOL_CONTACT
			PUT     /api/isop/dossiers/{id}/consent                        SCHOOL_CONTACT
			PUT     /api/isop/dossiers/{id}/links                          SCHOOL_CONTACT
			GET     /api/isop/dossiers/{id}/links                          SCHOOL_CONTACT ASSESSOR EDITOR ADMIN
			POST    /api/isop/dossiers/{id}/sections/{guideline}/evidence  SCHOOL_CONTACT ASSESSOR
			POST    /api/isop/dossiers/{id}/sections/{guideline}/files     SCHOOL_CONTACT
			DELETE  /api/isop/dossiers/{id}/evidence/{evidenceId}          SCHOOL_CONTACT
			GET     /api/isop/dossiers/{id}/files/{fileId}                 SCHOOL_CONTACT ASSESSOR EDITOR ADMIN
			GET     /api/isop/assessors                                    EDITOR ADMIN
			POST    /api/isop/dossiers/{id}/assign                         EDITOR ADMIN
			POST    /api/isop/dossiers/{id}/visits                         ASSESSOR
			PUT     /api/isop/dossiers/{id}/sections/{guideline}/finding   ASSESSOR
			POST    /api/isop/dossiers/{id}/award                          ASSESSOR
			POST    /api/isop/dossiers/{id}/ask-more                       ASSESSOR
			POST    /api/isop/dossiers/{id}/decline                        ASSESSOR
			""");

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
