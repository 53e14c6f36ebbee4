package nl.ouderbetrokkenheid.portal.balance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.ouderbetrokkenheid.portal.balance.BalanceApi.CellResult;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BalanceScoringTests {

	private final BalanceScoring scoring = new BalanceScoring(new Taxonomy());

	/** Every cell at one level, with some cells set apart. */
	private Map<String, Level> all(Level level, Object... cellsAndLevels) {
		Map<String, Level> answers = new HashMap<>();
		this.scoring.grid().forEach(cell -> answers.put(cell.key(), level));
		for (int i = 0; i < cellsAndLevels.length; i += 2) {
			answers.put((String) cellsAndLevels[i], (Level) cellsAndLevels[i + 1]);
		}
		return answers;
	}

	private static CellResult cell(BalanceApi.Results results, String partnership, String aspect) {
		return results.cells()
			.stream()
			.filter(cell -> cell.partnership().equals(partnership) && cell.aspect().equals(aspect))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theGridHasThirtyCellsPartnershipByPartnershipEachWithItsQuestion() {
		assertThat(this.scoring.grid()).hasSize(30);
		assertThat(this.scoring.grid().getFirst().partnership()).isEqualTo("INFORMAL");
		assertThat(this.scoring.grid().get(6).partnership()).isEqualTo("FORMAL");
		assertThat(this.scoring.grid()).allSatisfy(cell -> assertThat(cell.question()).isNotBlank());
	}

	@Test
	void theWeakestAreTheThreeLowestScoredCellsIgnoringNotApplicableAndTiesInGridOrder() {
		BalanceApi.Results results = this.scoring.score(List.of(all(Level.UNDERWAY, "FORMAL/ICT", Level.NOT_APPLICABLE,
				"SOCIETAL/BUILDING", Level.NOT_YET, "DIDACTIC/CULTURE", Level.STARTING, "INFORMAL/ICT", Level.STARTING,
				"PEDAGOGIC/MATERIALS", Level.STARTING)), null);

		assertThat(results.weakest()).extracting(ref -> ref.partnership() + "/" + ref.aspect())
			.containsExactly("SOCIETAL/BUILDING", "INFORMAL/ICT", "DIDACTIC/CULTURE");
		CellResult notApplicable = cell(results, "FORMAL", "ICT");
		assertThat(notApplicable.score()).isNull();
		assertThat(notApplicable.notApplicable()).isEqualTo(1);
		// FORMAL's balance averages its five scored cells, all UNDERWAY: n.v.t. is no low score.
		assertThat(results.partnerships()).filteredOn(b -> b.code().equals("FORMAL"))
			.singleElement()
			.satisfies(balance -> {
				assertThat(balance.score()).isEqualTo(3.0);
				assertThat(balance.cells()).isEqualTo(5);
			});
		assertThat(results.aspects()).filteredOn(b -> b.code().equals("BUILDING"))
			.singleElement()
			.satisfies(balance -> assertThat(balance.score()).isEqualTo(2.6));
		assertThat(cell(results, "INFORMAL", "COMMUNICATION").spread()).as("no spread for one person").isNull();
	}

	@Test
	void securedCellsAreNeverWeakAndNoAnswersMeanNoWeakest() {
		assertThat(this.scoring.score(List.of(all(Level.SECURED)), null).weakest()).isEmpty();
		BalanceApi.Results empty = this.scoring.score(List.of(Map.of()), null);
		assertThat(empty.weakest()).isEmpty();
		assertThat(empty.partnerships()).allSatisfy(balance -> assertThat(balance.score()).isNull());
	}

	@Test
	void aTeamSeesAverageSpreadAndWhereItDisagreesMost() {
		BalanceApi.Results results = this.scoring.score(List.of(
				all(Level.UNDERWAY, "INFORMAL/CULTURE", Level.NOT_YET, "FORMAL/ICT", Level.STARTING),
				all(Level.UNDERWAY, "INFORMAL/CULTURE", Level.SECURED, "FORMAL/ICT", Level.UNDERWAY),
				all(Level.UNDERWAY, "INFORMAL/CULTURE", Level.NOT_APPLICABLE, "FORMAL/ICT", Level.SECURED)), null);

		CellResult split = cell(results, "INFORMAL", "CULTURE");
		assertThat(split.score()).isEqualTo(2.5);
		assertThat(split.spread()).isEqualTo(1.5);
		assertThat(split.answered()).isEqualTo(3);
		assertThat(split.notApplicable()).isEqualTo(1);
		assertThat(split.lowest()).isEqualTo(1);
		assertThat(split.highest()).isEqualTo(4);
		assertThat(cell(results, "FORMAL", "ICT").spread()).isEqualTo(0.82);
		assertThat(cell(results, "SOCIETAL", "ICT").spread()).isEqualTo(0.0);
		assertThat(results.disagreements()).extracting(ref -> ref.partnership() + "/" + ref.aspect())
			.containsExactly("INFORMAL/CULTURE", "FORMAL/ICT");
		assertThat(results.respondents()).isEqualTo(3);
	}

	@Test
	void theChangePerCellIsTheScoreMinusThePreviousRoundsScore() {
		BalanceApi.Results results = this.scoring.score(
				List.of(all(Level.UNDERWAY, "DIDACTIC/MATERIALS", Level.SECURED, "PEDAGOGIC/ICT", Level.NOT_APPLICABLE)),
				List.of(all(Level.STARTING, "DIDACTIC/MATERIALS", Level.NOT_YET)));

		assertThat(cell(results, "DIDACTIC", "MATERIALS").change()).isEqualTo(3.0);
		assertThat(cell(results, "INFORMAL", "ICT").change()).isEqualTo(1.0);
		assertThat(cell(results, "PEDAGOGIC", "ICT").change()).as("not scored this round").isNull();
	}

}
