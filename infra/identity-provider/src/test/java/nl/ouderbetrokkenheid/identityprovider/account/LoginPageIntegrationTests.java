package nl.ouderbetrokkenheid.identityprovider.account;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.ouderbetrokkenheid.identityprovider.IdentityProviderIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/** The page Playwright tests fill in by label, and the page a login here (not through the portal) ends on. */
@IdentityProviderIntegrationTest
class LoginPageIntegrationTests {

	@Value("${portal.idp.issuer}")
	URI issuer;

	@Test
	void loginPageHasLabelledFieldsAndADutchTitle() throws Exception {
		String html = get("/login").body();

		assertThat(html).contains("<html lang=\"nl\"")
			.contains("<title>Inloggen – Kennisportaal Ouderbetrokkenheid (lokale demo)</title>")
			.contains("<label for=\"username\">Gebruikersnaam</label>")
			.contains("<input id=\"username\" name=\"username\"")
			.contains("<label for=\"password\">Wachtwoord</label>")
			.contains("<input id=\"password\" name=\"password\" type=\"password\"")
			.contains("<button type=\"submit\">Inloggen</button>")
			.contains("name=\"_csrf\"")
			.doesNotContain("<script");
	}

	@Test
	void loginPageListsTheDemoAccountsAndThePassword() throws Exception {
		String html = get("/login").body();

		assertThat(html).contains("Olga Organisator", "Dr. Esther Expert", "Karim El Idrissi", "Marloes de Vries")
			.contains("<code>expert-3</code>", "<code>admin</code>", "member-1000")
			.contains("MEMBER, ORGANISER")
			.contains("ouders-samen");
	}

	@Test
	void afterALoginHereTheHomePageSaysWhoInTheSameFrame() throws Exception {
		try (HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build()) {
			String login = browser.send(HttpRequest.newBuilder(URI.create(this.issuer + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
				.body();
			Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
			assertThat(csrf.find()).as("CSRF field").isTrue();
			String form = "username=member&password=ouders-samen&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
			HttpResponse<String> home = browser.send(HttpRequest.newBuilder(URI.create(this.issuer + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).contains("<html lang=\"nl\"")
				.contains("<title>Ingelogd – Kennisportaal Ouderbetrokkenheid (lokale demo)</title>")
				.contains("<link rel=\"stylesheet\" href=\"/css/login.css\">")
				.contains("ingelogd als <code>member</code>");
		}
	}

	@Test
	void stylesheetIsServedWithoutLogin() throws Exception {
		HttpResponse<String> response = get("/css/login.css");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/css"));
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create(this.issuer + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
	}

}
