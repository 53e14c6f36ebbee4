package nl.ouderbetrokkenheid.portal.search;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SearchQualityTests {

	private static SearchQuality.Outcome outcome(String category, Map<String, Integer> relevant, List<String> ranked) {
		return new SearchQuality.Outcome("q", category, "query", relevant, ranked, ranked.size());
	}

	@Test
	void successCountsOnlyAnItemThatAnswersTheNeedWithinK() {
		SearchQuality.Outcome partlyFirst = outcome("plain", Map.of("a", 1, "b", 2), List.of("a", "x", "b"));
		assertThat(partlyFirst.successAt(1)).isFalse();
		assertThat(partlyFirst.successAt(3)).isTrue();
		assertThat(partlyFirst.reciprocalRank()).isCloseTo(1.0 / 3, within(1e-9));
		assertThat(outcome("plain", Map.of("b", 2), List.of("x", "y", "z", "b")).successAt(3)).isFalse();
	}

	@Test
	void ndcgIsOneForTheIdealOrderAndLessOtherwise() {
		Map<String, Integer> judged = Map.of("a", 2, "b", 1);
		assertThat(outcome("plain", judged, List.of("a", "b")).ndcg()).isCloseTo(1.0, within(1e-9));
		// Swapped: DCG = 1/1 + 3/log2(3) against the ideal 3/1 + 1/log2(3).
		double swapped = (1 + 3 / (Math.log(3) / Math.log(2))) / (3 + 1 / (Math.log(3) / Math.log(2)));
		assertThat(outcome("plain", judged, List.of("b", "a")).ndcg()).isCloseTo(swapped, within(1e-9));
		assertThat(outcome("plain", judged, List.of()).ndcg()).isZero();
	}

	@Test
	void figuresAveragePerCategoryAndOverall() {
		List<SearchQuality.Outcome> outcomes = List.of(outcome("typo", Map.of("a", 2), List.of("a")),
				outcome("typo", Map.of("a", 2), List.of()), outcome("question", Map.of("a", 2), List.of("x", "a")));
		Map<String, SearchQuality.Figures> figures = SearchQuality.figures(outcomes);
		assertThat(figures.keySet()).containsExactly("question", "typo", "overall");
		assertThat(figures.get("typo").successAt3()).isEqualTo(0.5);
		assertThat(figures.get("typo").zeroResults()).isEqualTo(0.5);
		assertThat(figures.get("overall").successAt1()).isCloseTo(1.0 / 3, within(1e-9));
		assertThat(figures.get("overall").mrr()).isCloseTo((1 + 0 + 0.5) / 3, within(1e-9));
	}

}
