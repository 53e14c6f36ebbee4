package nl.ouderbetrokkenheid.portal.balance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers between the API's shape, the stored shape and the levels the scoring reads.
 */
final class Answers {

	private Answers() {
	}

	static List<ScanDocument.Answer> stored(List<BalanceApi.AnswerBody> answers) {
		return answers.stream().map(body -> {
			ScanDocument.Answer answer = new ScanDocument.Answer();
			answer.setPartnership(body.partnership());
			answer.setAspect(body.aspect());
			answer.setLevel(body.level());
			answer.setNote((body.note() == null || body.note().isBlank()) ? null : body.note().strip());
			return answer;
		}).toList();
	}

	static List<BalanceApi.AnswerBody> bodies(List<ScanDocument.Answer> answers) {
		return answers.stream()
			.map(answer -> new BalanceApi.AnswerBody(answer.getPartnership(), answer.getAspect(), answer.getLevel(),
					answer.getNote()))
			.toList();
	}

	static Map<String, Level> levels(List<ScanDocument.Answer> answers) {
		Map<String, Level> levels = new HashMap<>();
		answers.forEach(answer -> levels.put(BalanceScoring.key(answer.getPartnership(), answer.getAspect()),
				answer.getLevel()));
		return levels;
	}

}
