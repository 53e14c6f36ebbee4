package nl.ouderbetrokkenheid.portal.contributions;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.taxonomy.ModelRules;
import nl.ouderbetrokkenheid.portal.workflow.Workflow;

import org.springframework.stereotype.Component;

/**
 * What a contribution must satisfy: valid fields and known codes always ({@link ModelRules}); for a submission what
 * every catalogue item has (a summary, a partnership, a sector, a region) and the two sections without which it is no
 * example (context and approach).
 */
@Component
@RequiredArgsConstructor
class ContributionRules {

	private final ModelRules model;

	void requireValid(ContributionInput input) {
		this.model.requireValid(input);
	}

	void requireComplete(ContributionDocument contribution) {
		Workflow.requireComplete(contribution, "context", contribution.getContext(), "approach",
				contribution.getApproach(), "region", contribution.getRegion());
	}

}
