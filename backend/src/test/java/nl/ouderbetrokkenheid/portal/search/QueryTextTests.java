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

	@Test
	void aLongWordIsSplitBeforeADictionaryPartButNotIntoShortStopWords() {
		assertThat(QueryText.splitCompounds("socialekaart")).contains("sociale kaart")
			.doesNotContain("soc ialekaart", "so cialekaart", "socialek aart");
		assertThat(QueryText.splitCompounds("huisbezoeken")).contains("huis bezoeken");
		assertThat(QueryText.splitCompounds("eenouder gezin")).doesNotContain("een ouder gezin");
		assertThat(QueryText.splitCompounds("vve kind")).isEmpty();
		assertThat(QueryText.splitCompounds("a".repeat(500))).as("no word that long").isEmpty();
		assertThat(QueryText.splitCompounds("ouderbetrokkenheid ".repeat(10))).hasSizeLessThanOrEqualTo(6);
	}

}
