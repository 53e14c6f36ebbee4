package nl.ouderbetrokkenheid.portal.contributions;

import java.time.Instant;
import java.util.List;

import nl.ouderbetrokkenheid.portal.workflow.StepView;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowState;

/** The contributions API's responses (docs/contributions.md). */
final class ContributionsApi {

	private ContributionsApi() {
	}

	/** An attached file; {@code url} downloads it (to the author and editors). */
	record AttachmentView(String id, String name, String contentType, long size, Integer pages, String url) {
	}

	/**
	 * A contribution as its author and editors see it, with its history; {@code editable} whether the caller may
	 * change the content now.
	 */
	record ContributionView(String id, String type, String title, String summary, String context, String approach,
			String result, String tips, List<String> partnerships, List<String> aspects, List<String> sectors,
			String region, String organisation, boolean showName, String authorName, List<AttachmentView> attachments,
			WorkflowState state, int submissions, List<StepView> history, String itemId, String catalogueSlug,
			Instant createdAt, Instant updatedAt, Instant submittedAt, Instant publishedAt, boolean editable) {
	}

	/**
	 * A contribution in a list, with the last comment an editor left and, once published, how often its page was
	 * read and how many collections hold it (counts only).
	 */
	record ContributionSummary(String id, String type, String title, WorkflowState state, String authorName,
			int submissions, Instant updatedAt, Instant submittedAt, Instant publishedAt, String lastComment,
			String catalogueSlug, long views, long saves) {
	}

	record ContributionList(List<ContributionSummary> contributions) {
	}

}
