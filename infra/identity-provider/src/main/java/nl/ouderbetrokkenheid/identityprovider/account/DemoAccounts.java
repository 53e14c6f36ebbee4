package nl.ouderbetrokkenheid.identityprovider.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The fixed set of demo accounts: seven named people, one per portal role combination, and the numbered members
 * {@code member-1} to {@code member-1000} so load tests can log in as many distinct people.
 */
@Component
public class DemoAccounts {

	/** Everybody's password. Published on the login page: these accounts only exist on developer machines. */
	public static final String PASSWORD = "ouders-samen";

	public static final int NUMBERED_MEMBERS = 1000;

	static final String DOMAIN = "demo.kennisportaal.test";

	// Numbered members are made on demand rather than stored, and "member-007" is not "member-7".
	private static final Pattern NUMBERED_MEMBER = Pattern.compile("member-([1-9][0-9]*)");

	private static final List<String> MEMBER = List.of("MEMBER");

	private final Map<String, DemoAccount> named = new LinkedHashMap<>();

	public DemoAccounts() {
		add("member", "Marieke", "Jansen", "Marieke Jansen", MEMBER);
		add("organiser", "Olga", "Organisator", "Olga Organisator", List.of("MEMBER", "ORGANISER"));
		add("expert", "Esther", "Expert", "Dr. Esther Expert", List.of("MEMBER", "EXPERT"));
		add("expert-2", "Karim", "El Idrissi", "Karim El Idrissi", List.of("MEMBER", "EXPERT"));
		add("expert-3", "Marloes", "de Vries", "Marloes de Vries", List.of("MEMBER", "EXPERT"));
		add("editor", "Ruud", "Redacteur", "Ruud Redacteur", List.of("MEMBER", "EDITOR"));
		add("admin", "Bram", "Beheerder", "Bram Beheerder", List.of("MEMBER", "ADMIN"));
		add("assessor", "Anja", "Assessor", "Anja Assessor", List.of("MEMBER", "ASSESSOR"));
		add("school", "Sanne", "Schoolcontact", "Sanne Schoolcontact", List.of("MEMBER", "SCHOOL_CONTACT"));
	}

	private void add(String username, String givenName, String familyName, String name, List<String> roles) {
		String email = (givenName + "." + familyName).toLowerCase().replace(" ", "") + "@" + DOMAIN;
		this.named.put(username, new DemoAccount(username, name, givenName, familyName, email, roles));
	}

	public Optional<DemoAccount> find(String username) {
		DemoAccount account = this.named.get(username);
		if (account != null) {
			return Optional.of(account);
		}
		Matcher numbered = NUMBERED_MEMBER.matcher(username);
		if (!numbered.matches() || numbered.group(1).length() > 4) {
			return Optional.empty();
		}
		int number = Integer.parseInt(numbered.group(1));
		if (number > NUMBERED_MEMBERS) {
			return Optional.empty();
		}
		return Optional.of(new DemoAccount(username, "Lid " + number, "Lid", String.valueOf(number),
				"lid-" + number + "@" + DOMAIN, MEMBER));
	}

	/** The named accounts in a fixed order, for the login page. */
	public List<DemoAccount> named() {
		return List.copyOf(this.named.values());
	}

}
