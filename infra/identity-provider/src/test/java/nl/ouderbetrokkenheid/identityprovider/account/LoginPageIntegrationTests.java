package nl.ouderbetrokkenheid.identityprovider.account;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import nl.ouderbetrokkenheid.identityprovider.IdentityProviderIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/** The page Playwright tests fill in by label. */
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
