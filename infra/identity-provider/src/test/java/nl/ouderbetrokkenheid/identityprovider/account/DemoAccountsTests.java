package nl.ouderbetrokkenheid.identityprovider.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoAccountsTests {

	private final DemoAccounts accounts = new DemoAccounts();

	@Test
	void namedAccountsHaveTheirRoles() {
		assertThat(this.accounts.named()).extracting(DemoAccount::username)
			.containsExactly("member", "organiser", "expert", "expert-2", "expert-3", "editor", "admin", "assessor",
				"school");
		assertThat(this.accounts.find("organiser")).hasValueSatisfying(
				(organiser) -> assertThat(organiser.roles()).containsExactly("MEMBER", "ORGANISER"));
		assertThat(this.accounts.find("admin"))
			.hasValueSatisfying((admin) -> assertThat(admin.roles()).containsExactly("MEMBER", "ADMIN"));
	}

	@Test
	void emailAddressesUseTheReservedTestDomain() {
		assertThat(this.accounts.find("expert-2")).hasValueSatisfying((expert) -> assertThat(expert.email())
			.isEqualTo("karim.elidrissi@demo.kennisportaal.test"));
		assertThat(this.accounts.named())
			.allSatisfy((account) -> assertThat(account.email()).endsWith("@demo.kennisportaal.test"));
	}

	@Test
	void numberedMembersRunFromOneToOneThousand() {
		assertThat(this.accounts.find("member-1")).hasValueSatisfying((member) -> {
			assertThat(member.name()).isEqualTo("Lid 1");
			assertThat(member.email()).isEqualTo("lid-1@demo.kennisportaal.test");
			assertThat(member.roles()).containsExactly("MEMBER");
		});
		assertThat(this.accounts.find("member-1000")).isPresent();
		assertThat(this.accounts.find("member-1001")).isEmpty();
		assertThat(this.accounts.find("member-0")).isEmpty();
		assertThat(this.accounts.find("member-007")).isEmpty();
		assertThat(this.accounts.find("member-99999999999")).isEmpty();
		assertThat(this.accounts.find("member-")).isEmpty();
	}

	@Test
	void claimsCarryProfileEmailAndRoles() {
		assertThat(this.accounts.find("expert")).hasValueSatisfying((expert) -> assertThat(expert.claims())
			.containsOnlyKeys(DemoAccount.CLAIM_NAMES)
			.containsEntry("sub", "expert")
			.containsEntry("preferred_username", "expert")
			.containsEntry("name", "Dr. Esther Expert")
			.containsEntry("given_name", "Esther")
			.containsEntry("family_name", "Expert")
			.containsEntry("email_verified", true));
	}

}
