package nl.ouderbetrokkenheid.portal.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTextTests {

	@Test
	void aQuestionKeepsTheWordsThatSayWhatItIsAbout() {
		assertThat(QueryText.contentWords("hoe krijg ik vaders meer betrokken bij de voetbalclub?"))
			.isEqualTo("hoe vaders betrokken bij de voetbalclub");
		assertThat(QueryText.contentWords("tips voor een goed oudergesprek")).isEqualTo("voor een oudergesprek");
	}

	@Test
	void onlyFillerIsKeptAsTyped() {
		assertThat(QueryText.contentWords("tips")).isEqualTo("tips");
	}

	@Test
	void neighbouringWordsAreJoinedIntoCandidateCompounds() {
		assertThat(QueryText.joinedCompounds("voorlees ontbijt")).containsExactly("voorleesontbijt");
		assertThat(QueryText.joinedCompounds("tien minuten gesprek")).containsExactly("tienminuten gesprek",
				"tien minutengesprek", "tienminutengesprek");
		assertThat(QueryText.joinedCompounds("huis bezoek vve")).contains("huisbezoek vve");
	}

	@Test
	void numbersFillerAndSingleWordsAreNotJoined() {
		assertThat(QueryText.joinedCompounds("groep 8")).isEmpty();
		assertThat(QueryText.joinedCompounds("tips oudergesprek")).isEmpty();
		assertThat(QueryText.joinedCompounds("ouderavond")).isEmpty();
	}

}
