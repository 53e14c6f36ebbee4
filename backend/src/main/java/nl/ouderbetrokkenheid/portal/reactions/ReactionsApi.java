package nl.ouderbetrokkenheid.portal.reactions;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reactions API's requests and responses (docs/contributions.md). */
final class ReactionsApi {

	private ReactionsApi() {
	}

	/** The counts under an item, and which reactions are the caller's own (empty when not logged in). */
	record ReactionCounts(String item, long used, long useful, List<ReactionKind> mine) {
	}

	record ReplyRequest(@NotBlank @Size(max = 100) String item, @NotBlank @Size(max = 5000) String body) {
	}

	record ReportRequest(@Size(max = 1000) String reason) {
	}

	/**
	 * A reply as readers see it; {@code mine} marks the caller's own (shown to them also while hidden, with its
	 * state).
	 */
	record ReplyView(String id, String item, String authorName, String bodyHtml, ReplyState state, Instant createdAt,
			boolean mine) {
	}

	record ReplyList(List<ReplyView> replies) {
	}

	record ReportView(String reason, Instant at) {
	}

	/** A reported reply in the editors' queue, with the reports (reasons only, not who). */
	record ModerationEntry(String id, String item, String authorName, String body, String bodyHtml, ReplyState state,
			Instant createdAt, List<ReportView> reports) {
	}

	record ModerationQueue(List<ModerationEntry> replies) {
	}

}
