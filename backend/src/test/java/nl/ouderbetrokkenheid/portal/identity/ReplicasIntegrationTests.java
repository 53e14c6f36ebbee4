package nl.ouderbetrokkenheid.portal.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import nl.ouderbetrokkenheid.portal.PortalApplication;
import nl.ouderbetrokkenheid.portal.support.ElasticsearchTestNode;
import nl.ouderbetrokkenheid.portal.support.Logins;
import nl.ouderbetrokkenheid.portal.support.MailTestServer;
import nl.ouderbetrokkenheid.portal.support.OidcProviderStub;
import nl.ouderbetrokkenheid.portal.support.RedisTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.session.ReactiveFindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas, as the two backends behind the proxy: two whole applications on ports of their own, sharing nothing but
 * the session store and Elasticsearch. A browser may reach either on any request, and either may stop.
 */
class ReplicasIntegrationTests {

	private final List<ConfigurableApplicationContext> replicas = new ArrayList<>();

	@AfterEach
	void stopReplicas() {
		this.replicas.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void aSessionWorksOnEveryReplicaOutlivesItsOwnAndEndsEverywhereAtOnce() {
		ConfigurableApplicationContext a = replica();
		ConfigurableApplicationContext b = replica();
		OidcProviderStub.Person person = Logins.person("roaming-" + UUID.randomUUID());
		Logins.Session laptop = Logins.login(client(a), person);

		// Logged in on A, known on B.
		me(b, laptop).expectStatus().isOk().expectBody().jsonPath("$.subject").isEqualTo(person.subject());

		// A stops (a crash, or a deploy): B still knows the session, and takes its writes with the CSRF token from A.
		a.close();
		me(b, laptop).expectStatus().isOk();
		laptop.apply(client(b).put().uri("/api/me/profile"))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"organisation\": \"Basisschool De Replica\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.organisation")
			.isEqualTo("Basisschool De Replica");

		// A is back (the new release, configured as in production behind https): the session goes on there too, and
		// the cookies of a login there keep their attributes.
		ConfigurableApplicationContext again = replica("server.reactive.session.cookie.secure=true");
		me(again, laptop).expectStatus().isOk();
		ResponseCookie cookie = sessionCookieOfALoginOn(again);
		assertThat(cookie.isSecure()).as("Secure").isTrue();
		assertThat(cookie.isHttpOnly()).as("HttpOnly").isTrue();
		assertThat(cookie.getSameSite()).isEqualTo("Lax");

		// A role granted through one replica holds on the other's next request.
		Logins.Session admin = Logins.login(client(again), Logins.person("chief-" + UUID.randomUUID(), "ADMIN"));
		admin.apply(client(again).put().uri("/api/admin/users/{subject}/roles", person.subject()))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"roles\": [\"EDITOR\"]}")
			.exchange()
			.expectStatus()
			.isOk();
		me(b, laptop).expectStatus().isOk().expectBody().jsonPath("$.roles").isEqualTo(List.of("MEMBER", "EDITOR"));

		// A login started on one replica finishes on another (the login in progress travels in its sealed cookie).
		Logins.Session phone = loginStartedOnFinishedOn(b, again, person);
		me(b, phone).expectStatus().isOk();

		// "Log out everywhere" on B ends every session of the person, also where another replica presents it.
		assertThat(sessionsOf(b, person.subject())).as("sessions in the store before").hasSize(2);
		laptop.apply(client(b).post().uri("/api/me/sessions/end")).exchange().expectStatus().isNoContent();
		assertThat(sessionsOf(again, person.subject())).as("sessions in the store after").isEmpty();
		me(again, phone).expectStatus().isNoContent();
		me(again, laptop).expectStatus().isNoContent();
		me(b, phone).expectStatus().isNoContent();
	}

	/** A whole backend on a port of its own, against the same Elasticsearch, session store, provider and mail server. */
	private ConfigurableApplicationContext replica(String... properties) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
		Stream.of(properties).map(property -> "--" + property).forEach(arguments::add);
		// Command-line arguments, as a deployment would pass them: they win over application.yml.
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class)
			.initializers(new ElasticsearchTestNode.Initializer(), new OidcProviderStub.Initializer(),
					new MailTestServer.Initializer(), new RedisTestServer.Initializer(), ownEventLoops())
			.run(arguments.toArray(String[]::new));
		this.replicas.add(context);
		return context;
	}

	/**
	 * Event loops of the replica's own. Two backends are two processes in production; here they share a JVM, and by
	 * default Reactor Netty's global loops, which the first replica to stop would take down with it.
	 */
	private static ApplicationContextInitializer<ConfigurableApplicationContext> ownEventLoops() {
		return context -> ((GenericApplicationContext) context).registerBean(ReactorResourceFactory.class, () -> {
			ReactorResourceFactory resources = new ReactorResourceFactory();
			resources.setUseGlobalResources(false);
			return resources;
		});
	}

	/** A login whose start one replica answers and whose return from the provider another. */
	private static Logins.Session loginStartedOnFinishedOn(ConfigurableApplicationContext start,
			ConfigurableApplicationContext finish, OidcProviderStub.Person person) {
		ResponseCookie session = Logins.finishLogin(client(finish), Logins.startLogin(client(start)), person)
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/")
			.expectBody()
			.returnResult()
			.getResponseCookies()
			.getFirst("SESSION");
		assertThat(session).as("session cookie after a login finished on another replica").isNotNull();
		return new Logins.Session(session.getValue(), null, person);
	}

	/** The session cookie a login on that replica ends with. */
	private static ResponseCookie sessionCookieOfALoginOn(ConfigurableApplicationContext replica) {
		return Logins
			.finishLogin(client(replica), Logins.startLogin(client(replica)), Logins.person("secure-" + UUID.randomUUID()))
			.expectStatus()
			.isFound()
			.expectBody()
			.returnResult()
			.getResponseCookies()
			.getFirst("SESSION");
	}

	private static WebTestClient client(ConfigurableApplicationContext replica) {
		int port = replica.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		return WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	/** Who the session belongs to on that replica: 200 with the person, 204 when it logs nobody in. */
	private static WebTestClient.ResponseSpec me(ConfigurableApplicationContext replica, Logins.Session session) {
		return session.apply(client(replica).get().uri("/api/me")).exchange();
	}

	/** The person's sessions in the store, as that replica finds them. */
	private static Map<String, ? extends Session> sessionsOf(ConfigurableApplicationContext replica, String subject) {
		ReactiveFindByIndexNameSessionRepository<?> byPerson = replica
			.getBean(ReactiveFindByIndexNameSessionRepository.class);
		return byPerson.findByPrincipalName(subject).block();
	}

}
