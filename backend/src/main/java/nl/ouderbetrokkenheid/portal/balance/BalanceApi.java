package nl.ouderbetrokkenheid.portal.balance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The requests and responses of the balance scan's API. Cells are named by their partnership and aspect codes; the
 * people in a team by a member id of that team, never by their account's subject.
 */
final class BalanceApi {

	private BalanceApi() {
	}

	/** One question's answer: the level and an optional note. */
	record AnswerBody(@NotBlank @Size(max = 40) String partnership, @NotBlank @Size(max = 40) String aspect,
			@NotNull Level level, @Size(max = 1000) String note) {
	}

	/**
	 * A filled-in scan (all 30 questions or fewer: an unanswered question counts for nothing), with the sector and
	 * region whose catalogue items rank first in the recommendations.
	 */
	record ScanRequest(@NotNull @Size(max = 30) List<@NotNull @Valid AnswerBody> answers, @Size(max = 40) String sector,
			@Size(max = 40) String region) {
	}

	/**
	 * One cell of the 5x6 grid. {@code score}: the average level (1-4) of those who answered it with a level, null
	 * when nobody did; {@code spread}: their standard deviation (teams, two or more scores); {@code change}: the
	 * score minus the previous round's (teams).
	 */
	record CellResult(String partnership, String aspect, String question, String questionEn, Double score,
			int answered, int notApplicable, Double spread, Integer lowest, Integer highest, Double change) {
	}

	/** The average of a partnership's or an aspect's scored cells, and how many cells were scored. */
	record Balance(String code, Double score, int cells) {
	}

	/** A cell named in a list (the weakest, where colleagues disagree most). */
	record CellRef(String partnership, String aspect, String question, String questionEn, double score,
			Double spread) {
	}

	record ItemRef(String slug, String type, String title, String summary) {
	}

	record EventRef(String id, String title, Instant startsAt, String city) {
	}

	record ExpertRef(String slug, String name, String organisation) {
	}

	/** For a weak cell: catalogue items for that cell, and upcoming events and experts on its partnership. */
	record Recommendation(String partnership, String aspect, List<ItemRef> items, List<EventRef> events,
			List<ExpertRef> experts) {
	}

	/** A scan's results, a person's or a team round's. */
	record Results(int respondents, List<CellResult> cells, List<Balance> partnerships, List<Balance> aspects,
			List<CellRef> weakest, List<CellRef> disagreements, List<Recommendation> recommendations) {
	}

	/** A saved personal scan. */
	record ScanView(String id, Instant savedAt, String sector, String region, List<AnswerBody> answers,
			Results results) {
	}

	record ScanSummary(String id, Instant savedAt, int answered) {
	}

	record ScanList(List<ScanSummary> scans) {
	}

	/** A team for an organisation; sector and region rank the recommendations. */
	record TeamRequest(@NotBlank @Size(max = 200) String name, @Size(max = 40) String sector,
			@Size(max = 40) String region) {
	}

	record JoinRequest(@NotBlank @Size(max = 100) String token) {
	}

	/** A member of a team as its owner sees them. */
	record MemberView(String id, String name, boolean answered, boolean owner) {
	}

	record RoundView(int number, Instant startedAt, int respondents) {
	}

	/** An action on a cell: what, who and by when. {@code ownerId}: a member id; left out, the caller. */
	record ActionRequest(@NotBlank @Size(max = 40) String partnership, @NotBlank @Size(max = 40) String aspect,
			@NotBlank @Size(max = 500) String text, @Size(max = 64) String ownerId, @NotNull LocalDate due,
			Boolean done) {
	}

	/** {@code version}: the ETag to send in If-Match when changing the action. */
	record ActionView(String id, String partnership, String aspect, String text, String ownerId, String ownerName,
			LocalDate due, boolean done, String version) {
	}

	/**
	 * A team as one of its members sees it. Only its owner gets the invite token, the members' names and who has not
	 * answered yet; the others see how many have not.
	 */
	record TeamView(String id, String name, String sector, String region, boolean owner, String inviteToken,
			String memberId, int memberCount, List<MemberView> members, int round, List<RoundView> rounds,
			List<AnswerBody> myAnswers, int notAnsweredCount, Results results, List<ActionView> actions) {
	}

	record TeamSummary(String id, String name, int round, int memberCount, boolean owner) {
	}

	record TeamList(List<TeamSummary> teams) {
	}

}
