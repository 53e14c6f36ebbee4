package nl.ouderbetrokkenheid.portal.contributions;

import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PersonalDataHolder;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;
import nl.ouderbetrokkenheid.portal.workflow.Workflow;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * A member's contributions (content, state, history) in their export. On erasure unpublished contributions go;
 * published ones stay in the catalogue anonymised ({@link ContributionService#erase}).
 */
@Component
@RequiredArgsConstructor
class ContributionPersonalData implements PersonalDataHolder {

	private final ContributionService contributions;

	private final ContributionViews views;

	@Override
	public String section() {
		return "contributions";
	}

	@Override
	public Mono<Object> export(String subject) {
		PortalUser self = Workflow.owner(subject);
		return Workflow.exports(this.contributions.mine(subject).map(found -> {
			ContributionsApi.ContributionView view = this.views.view(found, self);
			Map<String, Object> content = new LinkedHashMap<>();
			content.put("type", view.type());
			content.put("context", String.valueOf(view.context()));
			content.put("approach", String.valueOf(view.approach()));
			content.put("result", String.valueOf(view.result()));
			content.put("tips", String.valueOf(view.tips()));
			content.put("organisation", String.valueOf(view.organisation()));
			content.put("showName", view.showName());
			return Workflow.exported(view.title(), view.state(), view.summary(), content, view.history(),
					view.createdAt());
		}));
	}

	@Override
	public Mono<Void> erase(String subject) {
		return this.contributions.erase(subject);
	}

}
