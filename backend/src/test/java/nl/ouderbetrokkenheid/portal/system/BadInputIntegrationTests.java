package nl.ouderbetrokkenheid.portal.system;

import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import co.elastic.clients.elasticsearch.core.GetResponse;
import nl.ouderbetrokkenheid.portal.identity.Role;
import nl.ouderbetrokkenheid.portal.support.Articles;
import nl.ouderbetrokkenheid.portal.support.Items;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.PortalIntegrationTest;
import nl.ouderbetrokkenheid.portal.support.Responses;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.IndexNames;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.elasticsearch.client.elc.ReactiveElasticsearchClient;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.RequestMappingInfo;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends every API endpoint, as every kind of caller, a corpus of bad input: wrong types, huge and negative numbers,
 * unknown codes, deep JSON, 10 kB strings, control characters, invalid UTF-8, bad cursors, missing and wrong
 * {@code If-Match}, wrong content types. Nothing a client sends may be answered with a 5xx, and documents that
 * existed before are not changed by any of it. Endpoints are discovered, so a new one is fuzzed without a word here.
 */
@PortalIntegrationTest
class BadInputIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String LONG = "x".repeat(10_000);

	/**
	 * Long values in the address stop where the proxy in front stops them: nginx answers 414 to request lines over
	 * 8 kB, so the backend never sees longer ones in production.
	 */
	private static final String LONG_IN_ADDRESS = "x".repeat(4_000);

	private static final String CONTROL = "a\u0000b\u0001\r\u000bc\u001b[31m\u007f\u0085\u2028\ud800";

	/** Values for path variables and query parameters, already percent-encoded where they must be raw. */
	private static final List<String> BAD_VALUES = List.of("-1", "0", "99999999999999999999", "1e309", "NaN", "abc",
			"", "UNKNOWN_CODE", "%FF%FE%C0%AF", "%00%0D%0A", "..%2F..%2Fetc", LONG_IN_ADDRESS, enc(CONTROL),
			"!!not-a-cursor!!", enc("eyJub3QiOiJhIGN1cnNvciJ9"), enc("{\"$ne\":null}"), enc("\" OR 1=1 --"));

	@Autowired
	private WebTestClient client;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Autowired
	private ReactiveElasticsearchClient elasticsearch;

	@Autowired
	private IndexNames indexNames;

	@LocalServerPort
	private int port;

	private final Map<Role, Logins.Session> sessions = new EnumMap<>(Role.class);

	@Test
	void noBadInputIsAnsweredWithAServerErrorOrChangesWhatIsStored() {
		Map<String, String> fixture = storeFixture();
		Map<String, Long> versionsBefore = versions(fixture);

		List<String> serverErrors = new ArrayList<>();
		int sent = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : endpoints().entrySet()) {
			for (Endpoint endpoint : Endpoint.of(mapping.getKey(), mapping.getValue())) {
				for (Request request : corpus(endpoint, fixture)) {
					for (Role caller : callers()) {
						int status;
						try {
							status = send(request, caller);
						}
						catch (RuntimeException ex) {
							// No answer in the client's time, or the connection ended without one: as bad as a 5xx.
							status = 999;
							serverErrors.add("no answer: " + ex.getMessage());
						}
						sent++;
						if (status >= 500) {
							serverErrors.add(status + " " + request.method() + " " + abbreviate(request.uri()) + " as "
									+ ((caller == null) ? "anonymous" : caller) + " (" + request.what() + ")");
						}
					}
				}
			}
		}
		assertThat(sent).as("requests sent").isGreaterThan(1000);
		assertThat(serverErrors).as("server errors among %d requests", sent).isEmpty();
		assertThat(versions(fixture)).as("stored documents after the corpus").isEqualTo(versionsBefore);
	}

	/** A published item, a published event with one registration, and an article in review: real ids to aim at. */
	private Map<String, String> storeFixture() {
		Logins.Session editor = session(Role.EDITOR);
		String title = "Fuzz-fixture " + UUID.randomUUID();
		JsonNode item = Responses.createdJson(editor.apply(this.client.post().uri("/api/items")), Items.item(title));

		Logins.Session organiser = Logins.login(this.client,
				Logins.person("fuzz-organiser-" + UUID.randomUUID(), "ORGANISER"));
		LocalDateTime start = LocalDateTime.now().plusDays(20).withHour(19).withMinute(30).withSecond(0).withNano(0);
		String eventJson = """
				{"title":"Fuzz-avond","description":"Een avond","kind":"EXCHANGE","scope":"REGIONAL","province":"UTRECHT",
				 "venue":{"name":"De Regenboog","address":"Schoolstraat 1","city":"Utrecht"},
				 "startsAt":"%s","endsAt":"%s","capacity":10,
				 "partnerships":["DIDACTIC"],"aspects":["COMMUNICATION"],"sectors":["EDUCATION"]}
				""".formatted(start, start.plusHours(2));
		JsonNode event = Responses.createdJson(organiser.apply(this.client.post().uri("/api/events")), eventJson);
		String eventId = event.get("id").asString();
		organiser.apply(this.client.post().uri("/api/events/{id}/publish", eventId))
			.header("If-Match", etag(organiser, "/api/events/" + eventId))
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
		Logins.Session member = Logins.login(this.client, Logins.person("fuzz-member-" + UUID.randomUUID()));
		JsonNode registration = Responses.createdJson(
				member.apply(this.client.post().uri("/api/events/{id}/registrations", eventId)), "{}");

		Logins.Session expert = Logins.login(this.client, Logins.person("fuzz-expert-" + UUID.randomUUID(), "EXPERT"));
		Articles.Versioned article = Articles.create(this.client, expert,
				Articles.article("Fuzz-artikel " + UUID.randomUUID(), "Een tekst over ouders en school."));
		Articles.step(this.client, expert, article.id(), "submit", article.etag()).expectStatus().isOk();

		Map<String, String> fixture = new LinkedHashMap<>();
		fixture.put("items", item.get("id").asString());
		fixture.put("events", eventId);
		fixture.put("registrations", registration.get("id").asString());
		fixture.put("articles", article.id());
		return fixture;
	}

	private String etag(Logins.Session session, String uri) {
		return session.apply(this.client.get().uri(uri))
			.exchange()
			.expectStatus()
			.isOk()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getETag();
	}

	/** Each fixture document's sequence number: any write to it, even one that changes nothing, raises it. */
	private Map<String, Long> versions(Map<String, String> fixture) {
		Map<String, Long> versions = new TreeMap<>();
		fixture.forEach((index, id) -> {
			GetResponse<Void> found = this.elasticsearch
				.get(get -> get.index(this.indexNames.alias(index)).id(id).sourceExcludes("*"), Void.class)
				.block();
			assertThat(found.found()).as(index + "/" + id).isTrue();
			versions.put(index + "/" + id, found.seqNo());
		});
		return versions;
	}

	private static List<Role> callers() {
		List<Role> callers = new ArrayList<>();
		callers.add(null);
		callers.addAll(List.of(Role.values()));
		return callers;
	}

	private Map<RequestMappingInfo, HandlerMethod> endpoints() {
		Map<RequestMappingInfo, HandlerMethod> endpoints = new java.util.TreeMap<>(
				java.util.Comparator.comparing(Object::toString));
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			if (info.getPatternsCondition().getPatterns().stream().anyMatch(p -> p.getPatternString().startsWith("/api"))) {
				endpoints.put(info, method);
			}
		});
		return endpoints;
	}

	/** One method and path of a handler, and what it reads from a request. */
	private record Endpoint(String method, String pattern, List<String> queryParameters, Class<?> bodyType) {

		static List<Endpoint> of(RequestMappingInfo info, HandlerMethod handler) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<String> query = new ArrayList<>();
			Class<?> body = null;
			for (Parameter parameter : handler.getMethod().getParameters()) {
				RequestParam param = parameter.getAnnotation(RequestParam.class);
				if (param != null) {
					String name = !param.name().isEmpty() ? param.name()
							: !param.value().isEmpty() ? param.value() : parameter.getName();
					query.add(name);
				}
				if (parameter.getAnnotation(RequestBody.class) != null) {
					body = parameter.getType();
				}
			}
			List<Endpoint> endpoints = new ArrayList<>();
			for (var pattern : info.getPatternsCondition().getPatterns()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					endpoints.add(new Endpoint(method.name(), pattern.getPatternString(), query, body));
				}
			}
			return endpoints;
		}

		boolean hasPathVariables() {
			return this.pattern.contains("{");
		}

	}

	/** One request of the corpus. */
	private record Request(String method, String uri, MediaType contentType, byte[] body, String ifMatch,
			String what) {
	}

	private List<Request> corpus(Endpoint endpoint, Map<String, String> fixture) {
		List<Request> corpus = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		if (endpoint.hasPathVariables()) {
			for (String value : List.of("-1", "99999999999999999999", "%FF%FE", LONG_IN_ADDRESS, enc(CONTROL), "%2E%2E")) {
				paths.add(path(endpoint.pattern(), value));
			}
		}
		else {
			paths.add(endpoint.pattern());
		}
		// Query parameters: each bad value in each parameter, on a path that would otherwise be fine.
		String plain = endpoint.hasPathVariables() ? path(endpoint.pattern(), "sample") : endpoint.pattern();
		for (String name : endpoint.queryParameters()) {
			for (String value : BAD_VALUES) {
				corpus.add(new Request(endpoint.method(), plain + "?" + name + "=" + value, null, null, null,
						"query " + name));
			}
			corpus.add(new Request(endpoint.method(), plain + "?" + name + "=1&" + name + "=2&" + name + "=" + LONG_IN_ADDRESS,
					null, null, null, "repeated " + name));
		}
		for (String path : paths) {
			if (endpoint.bodyType() == null) {
				corpus.add(new Request(endpoint.method(), path, null, null, null, "path"));
				corpus.add(new Request(endpoint.method(), path, MediaType.APPLICATION_JSON, bytes("{\"unexpected\": 1}"),
						"\"garbage\"", "unexpected body"));
				continue;
			}
			for (Map.Entry<String, byte[]> body : badBodies(endpoint.bodyType()).entrySet()) {
				corpus.add(new Request(endpoint.method(), path, MediaType.APPLICATION_JSON, body.getValue(), null,
						body.getKey()));
			}
		}
		if (endpoint.bodyType() != null) {
			// The real documents, with bodies that can never be valid: they must stay as they are.
			for (String id : fixture.values()) {
				String real = path(endpoint.pattern(), id);
				for (Map.Entry<String, byte[]> body : garbageBodies().entrySet()) {
					if (body.getValue().length > 0) {
						// No body at all is no bad input where the body is optional ("publish", no comment).
						corpus.add(new Request(endpoint.method(), real, MediaType.APPLICATION_JSON, body.getValue(),
								null, "real id, " + body.getKey()));
					}
					corpus.add(new Request(endpoint.method(), real, MediaType.APPLICATION_JSON, body.getValue(),
							"\"0-1\"", "real id, stale If-Match, " + body.getKey()));
				}
				corpus.add(new Request(endpoint.method(), real, MediaType.TEXT_PLAIN, bytes("title=x"), "W/\"x\"",
						"real id, text/plain"));
				corpus.add(new Request(endpoint.method(), real, MediaType.APPLICATION_XML, bytes("<a/>"), null,
						"real id, xml"));
				corpus.add(new Request(endpoint.method(), real, MediaType.MULTIPART_FORM_DATA, bytes("--x--"), null,
						"real id, multipart"));
			}
		}
		return corpus;
	}

	/** Bodies that are not JSON of any shape, or not JSON a decoder should take. */
	private static Map<String, byte[]> garbageBodies() {
		Map<String, byte[]> bodies = new LinkedHashMap<>();
		bodies.put("malformed", bytes("{\"title\": \"oops\","));
		bodies.put("deep", bytes("[".repeat(5_000) + "]".repeat(5_000)));
		bodies.put("deep object", bytes("{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000)));
		bodies.put("invalid UTF-8", new byte[] { '{', '"', 't', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, (byte) 0xFF,
				'"', '}' });
		bodies.put("empty", new byte[0]);
		bodies.put("huge number", bytes("1" + "0".repeat(5_000)));
		return bodies;
	}

	/** Bodies shaped like the endpoint's request, with every field wrong in one way. */
	private static Map<String, byte[]> badBodies(Class<?> type) {
		Map<String, byte[]> bodies = new LinkedHashMap<>(garbageBodies());
		bodies.put("null", bytes("null"));
		bodies.put("array", bytes("[{}]"));
		bodies.put("string", bytes("\"" + LONG + "\""));
		bodies.put("empty object", bytes("{}"));
		for (Shape shape : Shape.values()) {
			bodies.put("fields " + shape.name().toLowerCase(), bytes(JSON.writeValueAsString(fill(type, shape, 0))));
		}
		return bodies;
	}

	/** Ways to get a field wrong. */
	private enum Shape {

		WRONG_TYPE, HUGE, NEGATIVE, UNKNOWN_CODE, CONTROL_CHARACTERS, NULLS, LONG_STRINGS

	}

	private static Object fill(Type type, Shape shape, int depth) {
		Class<?> raw = (type instanceof ParameterizedType p) ? (Class<?>) p.getRawType()
				: (type instanceof Class<?> c) ? c : Object.class;
		if (shape == Shape.NULLS && depth > 0) {
			return null;
		}
		if (raw.isRecord() && depth < 3) {
			Map<String, Object> fields = new LinkedHashMap<>();
			for (RecordComponent component : raw.getRecordComponents()) {
				fields.put(component.getName(), fill(component.getGenericType(), shape, depth + 1));
			}
			return fields;
		}
		if (Collection.class.isAssignableFrom(raw)) {
			Type element = (type instanceof ParameterizedType p) ? p.getActualTypeArguments()[0] : Object.class;
			return switch (shape) {
				case WRONG_TYPE -> "not a list";
				case HUGE -> java.util.Collections.nCopies(2_000, fill(element, Shape.UNKNOWN_CODE, depth + 1));
				default -> List.of(fill(element, shape, depth + 1));
			};
		}
		if (Map.class.isAssignableFrom(raw)) {
			return switch (shape) {
				case WRONG_TYPE -> List.of(1, 2);
				case HUGE -> {
					Map<String, Object> many = new LinkedHashMap<>();
					for (int i = 0; i < 500; i++) {
						many.put("k" + i, LONG.substring(0, 100));
					}
					yield many;
				}
				default -> Map.of(CONTROL, LONG);
			};
		}
		if (raw == String.class) {
			return switch (shape) {
				case WRONG_TYPE -> Map.of("nested", 1);
				case HUGE, LONG_STRINGS -> LONG;
				case NEGATIVE -> "-1";
				case UNKNOWN_CODE -> "UNKNOWN_CODE";
				case CONTROL_CHARACTERS -> CONTROL;
				case NULLS -> null;
			};
		}
		if (Number.class.isAssignableFrom(raw) || raw.isPrimitive() && raw != boolean.class) {
			return switch (shape) {
				case WRONG_TYPE -> "twelve";
				case HUGE -> new java.math.BigInteger("9".repeat(40));
				case NEGATIVE -> -2_147_483_648L;
				case UNKNOWN_CODE -> 1.5e308;
				case CONTROL_CHARACTERS -> CONTROL;
				case NULLS -> null;
				case LONG_STRINGS -> LONG;
			};
		}
		if (raw == Boolean.class || raw == boolean.class) {
			return (shape == Shape.WRONG_TYPE) ? "maybe" : (shape == Shape.NULLS) ? null : 2;
		}
		if (raw.isEnum()) {
			return (shape == Shape.NULLS) ? null : (shape == Shape.WRONG_TYPE) ? 7 : "UNKNOWN_CODE";
		}
		if (raw == Instant.class || raw == LocalDate.class || raw == LocalDateTime.class) {
			return switch (shape) {
				case WRONG_TYPE -> List.of();
				case HUGE -> "+999999999-12-31T23:59:59Z";
				case NEGATIVE -> "-999999999-01-01T00:00:00";
				case NULLS -> null;
				default -> "not a date " + CONTROL;
			};
		}
		return (shape == Shape.NULLS) ? null : Map.of("unexpected", LONG.substring(0, 100));
	}

	private int send(Request request, Role caller) {
		WebTestClient.RequestBodySpec spec = this.client.method(HttpMethod.valueOf(request.method()))
			.uri(URI.create("http://localhost:" + this.port + request.uri())); // as is: no template expansion
		session(caller).apply(spec);
		if (request.ifMatch() != null) {
			spec.header("If-Match", request.ifMatch());
		}
		WebTestClient.RequestHeadersSpec<?> ready = spec;
		if (request.body() != null) {
			ready = spec.contentType(request.contentType()).bodyValue(request.body());
		}
		int status = ready.exchange().returnResult(Void.class).getStatus().value();
		if (caller != null && status < 300
				&& (request.method().equals("DELETE") && request.uri().equals("/api/me")
						|| request.uri().startsWith("/api/me/sessions"))) {
			this.sessions.remove(caller); // the corpus ended this session or account; the next request needs a new one
		}
		return status;
	}

	private Logins.Session session(Role role) {
		if (role == null) {
			return anonymous();
		}
		return this.sessions.computeIfAbsent(role, r -> Logins.login(this.client,
				Logins.person("fuzz-" + r.name().toLowerCase() + "-" + UUID.randomUUID(), r.name())));
	}

	private Logins.Session anonymousSession;

	private Logins.Session anonymous() {
		if (this.anonymousSession == null) {
			this.anonymousSession = Logins.anonymous(this.client);
		}
		return this.anonymousSession;
	}

	private static String path(String pattern, String value) {
		return pattern.replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(value));
	}

	private static String enc(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String abbreviate(String uri) {
		return (uri.length() > 160) ? uri.substring(0, 160) + "…" : uri;
	}

}
