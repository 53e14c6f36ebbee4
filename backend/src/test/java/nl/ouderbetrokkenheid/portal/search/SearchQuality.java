package nl.ouderbetrokkenheid.portal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The measures search teams judge a ranking by, over a set of queries whose relevant items were judged by hand
 * (grade 2: answers the need, grade 1: partly useful). "Success" means an item of grade 2 among the first k.
 */
final class SearchQuality {

	/** How many results count: the first page a person looks at. */
	static final int DEPTH = 10;

	private SearchQuality() {
	}

	/** One judged query and what the search returned for it (external ids, best first). */
	record Outcome(String id, String category, String query, Map<String, Integer> relevant, List<String> ranked,
			long total) {

		/** The 1-based rank of the first grade-2 item within {@link #DEPTH}, or 0 when there is none. */
		int firstHit() {
			for (int rank = 1; rank <= Math.min(DEPTH, this.ranked.size()); rank++) {
				if (this.relevant.getOrDefault(this.ranked.get(rank - 1), 0) >= 2) {
					return rank;
				}
			}
			return 0;
		}

		boolean successAt(int k) {
			int first = firstHit();
			return first > 0 && first <= k;
		}

		double reciprocalRank() {
			int first = firstHit();
			return (first == 0) ? 0 : 1.0 / first;
		}

		/** Normalised discounted cumulative gain over the first {@link #DEPTH}, with gain 2^grade - 1. */
		double ndcg() {
			double dcg = 0;
			for (int rank = 1; rank <= Math.min(DEPTH, this.ranked.size()); rank++) {
				dcg += gain(this.relevant.getOrDefault(this.ranked.get(rank - 1), 0)) / log2(rank + 1);
			}
			List<Integer> ideal = new ArrayList<>(this.relevant.values());
			ideal.sort(Comparator.reverseOrder());
			double idcg = 0;
			for (int rank = 1; rank <= Math.min(DEPTH, ideal.size()); rank++) {
				idcg += gain(ideal.get(rank - 1)) / log2(rank + 1);
			}
			return (idcg == 0) ? 0 : dcg / idcg;
		}

		private static double gain(int grade) {
			return Math.pow(2, grade) - 1;
		}

		private static double log2(int value) {
			return Math.log(value) / Math.log(2);
		}

	}

	/** The averages over a group of outcomes. */
	record Figures(int queries, double successAt1, double successAt3, double mrr, double ndcg, double zeroResults) {

		static Figures of(List<Outcome> outcomes) {
			int n = outcomes.size();
			if (n == 0) {
				return new Figures(0, 0, 0, 0, 0, 0);
			}
			return new Figures(n, share(outcomes, outcome -> outcome.successAt(1)),
					share(outcomes, outcome -> outcome.successAt(3)),
					outcomes.stream().mapToDouble(Outcome::reciprocalRank).average().orElse(0),
					outcomes.stream().mapToDouble(Outcome::ndcg).average().orElse(0),
					share(outcomes, outcome -> outcome.total() == 0));
		}

		private static double share(List<Outcome> outcomes, java.util.function.Predicate<Outcome> test) {
			return (double) outcomes.stream().filter(test).count() / outcomes.size();
		}

		String row(String label) {
			return String.format(Locale.ROOT, "%-11s %7d %9.1f%% %9.1f%% %7.3f %8.3f %9.1f%%", label, this.queries,
					100 * this.successAt1, 100 * this.successAt3, this.mrr, this.ndcg, 100 * this.zeroResults);
		}

	}

	/** Figures per category (alphabetical) and, last, overall under the key "overall". */
	static Map<String, Figures> figures(List<Outcome> outcomes) {
		Map<String, List<Outcome>> byCategory = new TreeMap<>();
		outcomes.forEach(outcome -> byCategory.computeIfAbsent(outcome.category(), c -> new ArrayList<>()).add(outcome));
		Map<String, Figures> figures = new LinkedHashMap<>();
		byCategory.forEach((category, group) -> figures.put(category, Figures.of(group)));
		figures.put("overall", Figures.of(outcomes));
		return figures;
	}

	static String table(Map<String, Figures> figures) {
		StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-11s %7s %10s %10s %7s %8s %10s%n",
				"category", "queries", "success@1", "success@3", "MRR", "nDCG@10", "zero"));
		figures.forEach((label, row) -> table.append(row.row(label)).append(System.lineSeparator()));
		return table.toString();
	}

}
