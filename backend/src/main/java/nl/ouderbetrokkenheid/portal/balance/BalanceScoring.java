package nl.ouderbetrokkenheid.portal.balance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.ouderbetrokkenheid.portal.balance.BalanceApi.Balance;
import nl.ouderbetrokkenheid.portal.balance.BalanceApi.CellRef;
import nl.ouderbetrokkenheid.portal.balance.BalanceApi.CellResult;
import nl.ouderbetrokkenheid.portal.balance.BalanceApi.Results;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;

import org.springframework.stereotype.Component;

/**
 * The scan's rules, the same for a person trying it, a saved scan and a team round (see docs/balance-scan.md):
 * <ul>
 * <li>a level scores 1 ("nog niet") to 4 ("het is geborgd"); "niet van toepassing" and an unanswered question count
 * for nothing;</li>
 * <li>a cell's score is the average of the scores given to it; a partnership's and an aspect's balance the average of
 * its scored cells;</li>
 * <li>the weakest cells are the (at most three) scored cells with the lowest score below 4, ties in the grid's order
 * (partnerships, then aspects, as the taxonomy lists them);</li>
 * <li>in a team, the spread of a cell is the standard deviation of its scores, and colleagues disagree most on the
 * (at most three) cells with the largest spread above 0.</li>
 * </ul>
 */
@Component
class BalanceScoring {

	static final int WEAKEST = 3;

	static final int DISAGREEMENTS = 3;

	/** One cell of the grid in the grid's order, with its question in Dutch and English. */
	record GridCell(String partnership, String aspect, String question, String questionEn) {

		String key() {
			return BalanceScoring.key(this.partnership, this.aspect);
		}

	}

	private final Taxonomy taxonomy;

	private final List<GridCell> grid;

	BalanceScoring(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
		Map<String, Taxonomy.Cell> questions = new HashMap<>();
		taxonomy.codes().cells().forEach(cell -> questions.put(key(cell.partnership(), cell.aspect()), cell));
		List<GridCell> cells = new ArrayList<>();
		for (Taxonomy.Term partnership : taxonomy.terms(Taxonomy.Kind.PARTNERSHIP)) {
			for (Taxonomy.Term aspect : taxonomy.terms(Taxonomy.Kind.ASPECT)) {
				Taxonomy.Cell cell = questions.get(key(partnership.code(), aspect.code()));
				cells.add(new GridCell(partnership.code(), aspect.code(), cell.question(), cell.questionEn()));
			}
		}
		this.grid = List.copyOf(cells);
	}

	static String key(String partnership, String aspect) {
		return partnership + "/" + aspect;
	}

	/** The 30 cells, partnership by partnership, each with its six aspects. */
	List<GridCell> grid() {
		return this.grid;
	}

	/**
	 * The results of one or more people's answers (each a map from {@link #key cell key} to level), compared with a
	 * previous round's when there is one. Recommendations are added by the caller.
	 */
	Results score(List<Map<String, Level>> responses, List<Map<String, Level>> previous) {
		List<CellResult> cells = new ArrayList<>();
		Map<String, Double> before = (previous != null) ? averages(previous) : Map.of();
		boolean team = responses.size() > 1 || previous != null;
		for (GridCell cell : this.grid) {
			List<Integer> scores = new ArrayList<>();
			int notApplicable = 0;
			for (Map<String, Level> response : responses) {
				Level level = response.get(cell.key());
				if (level == null) {
					continue;
				}
				if (level.counts()) {
					scores.add(level.score());
				}
				else {
					notApplicable++;
				}
			}
			Double score = average(scores);
			Double spread = (team && scores.size() >= 2) ? deviation(scores, score) : null;
			Integer lowest = scores.isEmpty() ? null : scores.stream().min(Integer::compare).orElseThrow();
			Integer highest = scores.isEmpty() ? null : scores.stream().max(Integer::compare).orElseThrow();
			Double previousScore = before.get(cell.key());
			Double change = (score != null && previousScore != null) ? round(score - previousScore) : null;
			cells.add(new CellResult(cell.partnership(), cell.aspect(), cell.question(), cell.questionEn(), round(score),
					scores.size() + notApplicable, notApplicable, round(spread), lowest, highest, change));
		}
		return new Results(responses.size(), cells, balance(cells, Taxonomy.Kind.PARTNERSHIP),
				balance(cells, Taxonomy.Kind.ASPECT), weakest(cells), disagreements(cells), List.of());
	}

	private Map<String, Double> averages(List<Map<String, Level>> responses) {
		Map<String, Double> averages = new HashMap<>();
		for (GridCell cell : this.grid) {
			List<Integer> scores = responses.stream()
				.map(response -> response.get(cell.key()))
				.filter(level -> level != null && level.counts())
				.map(Level::score)
				.toList();
			Double score = average(scores);
			if (score != null) {
				averages.put(cell.key(), score);
			}
		}
		return averages;
	}

	private List<Balance> balance(List<CellResult> cells, Taxonomy.Kind kind) {
		return this.taxonomy.terms(kind).stream().map(term -> {
			List<Double> scores = cells.stream()
				.filter(cell -> term.code()
					.equals((kind == Taxonomy.Kind.PARTNERSHIP) ? cell.partnership() : cell.aspect()))
				.map(CellResult::score)
				.filter(score -> score != null)
				.toList();
			Double score = scores.isEmpty() ? null
					: round(scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
			return new Balance(term.code(), score, scores.size());
		}).toList();
	}

	/** {@code cells} are in the grid's order and the sort is stable, so ties stay in that order. */
	private static List<CellRef> weakest(List<CellResult> cells) {
		return cells.stream()
			.filter(cell -> cell.score() != null && cell.score() < Level.SECURED_SCORE)
			.sorted(Comparator.comparingDouble(CellResult::score))
			.limit(WEAKEST)
			.map(BalanceScoring::ref)
			.toList();
	}

	private static List<CellRef> disagreements(List<CellResult> cells) {
		return cells.stream()
			.filter(cell -> cell.spread() != null && cell.spread() > 0)
			.sorted(Comparator.comparingDouble(CellResult::spread).reversed())
			.limit(DISAGREEMENTS)
			.map(BalanceScoring::ref)
			.toList();
	}

	private static CellRef ref(CellResult cell) {
		return new CellRef(cell.partnership(), cell.aspect(), cell.question(), cell.questionEn(), cell.score(),
				cell.spread());
	}

	private static Double average(List<Integer> scores) {
		return scores.isEmpty() ? null : scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
	}

	/** The population standard deviation: the team is everyone who answered, not a sample of a larger group. */
	private static double deviation(List<Integer> scores, double mean) {
		double sum = 0;
		for (int score : scores) {
			sum += (score - mean) * (score - mean);
		}
		return Math.sqrt(sum / scores.size());
	}

	/** Two decimals: enough to tell cells apart, and the same figure in the JSON, the page and the tests. */
	private static Double round(Double value) {
		return (value == null) ? null : Math.round(value * 100) / 100.0;
	}

}
