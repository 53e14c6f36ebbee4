package nl.ouderbetrokkenheid.portal.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchMissesTests {

	@ParameterizedTest
	@ValueSource(strings = { "jan@example.nl", "mail piet.de.vries@school.nl graag", "06-12345678", "0612345678",
			"+31 6 1234 5678", "+31 (0)6 12345678", "020 123 4567", "020-1234567", "(020) 123 45 67", "bel 06 123 456 78",
			"0031 20 123 4567" })
	void personalDataIsRecognised(String text) {
		assertThat(SearchMisses.looksPersonal(TextNormalizer.fold(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ouderavond", "groep 8 2024", "1234 ab", "top 10 tips", "schooljaar 2025-2026",
			"voorlezen @ home" })
	void ordinaryQueriesAreNot(String text) {
		assertThat(SearchMisses.looksPersonal(TextNormalizer.fold(text))).isFalse();
	}

}
