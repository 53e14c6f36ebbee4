package nl.ouderbetrokkenheid.portal.contributions;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.collections.Saves;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.workflow.Workflow;
import nl.ouderbetrokkenheid.portal.workflow.WorkflowState;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/** Contributions as the API shows them; subjects stay inside the portal. */
@Component
@RequiredArgsConstructor
class ContributionViews {

	private final ContributionService contributions;

	private final Saves saves;

	ContributionsApi.ContributionView view(ContributionDocument c, PortalUser viewer) {
		boolean author = viewer.subject() != null && viewer.subject().equals(c.getAuthorSubject());
		return new ContributionsApi.ContributionView(c.getId(), c.getType(), c.getTitle(), c.getSummary(),
				c.getContext(), c.getApproach(), c.getResult(), c.getTips(), c.getPartnerships(), c.getAspects(),
				c.getSectors(), c.getRegion(), c.getOrganisation(), c.isShowName(), c.getAuthorName(),
				c.getAttachments()
					.stream()
					.map(file -> new ContributionsApi.AttachmentView(file.id(), file.name(), file.contentType(),
							file.size(), file.pages(), "/api/contributions/" + c.getId() + "/files/" + file.id()))
					.toList(),
				c.getState(), c.getSubmissions(), Workflow.views(c.getHistory()), c.getItemId(), c.getCatalogueSlug(),
				c.getCreatedAt(), c.getUpdatedAt(), c.getSubmittedAt(), c.getPublishedAt(),
				author && c.getState().editable());
	}

	/** A list entry; published ones carry their counts (views, saves into collections). */
	Mono<ContributionsApi.ContributionSummary> summary(ContributionDocument c) {
		Mono<Long> views = (c.getState() == WorkflowState.PUBLISHED) ? this.contributions.views(c.getId())
				: Mono.just(0L);
		Mono<Long> saves = (c.getItemId() != null) ? this.saves.count(c.getItemId()) : Mono.just(0L);
		return Mono.zip(views, saves)
			.map(counts -> new ContributionsApi.ContributionSummary(c.getId(), c.getType(), c.getTitle(), c.getState(),
					c.getAuthorName(), c.getSubmissions(), c.getUpdatedAt(), c.getSubmittedAt(), c.getPublishedAt(),
					Workflow.lastComment(c.getHistory()), c.getCatalogueSlug(), counts.getT1(), counts.getT2()));
	}

}
