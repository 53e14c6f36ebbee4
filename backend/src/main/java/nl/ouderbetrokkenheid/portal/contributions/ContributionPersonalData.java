package nl.ouderbetrokkenheid.portal.contributions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PersonalDataHolder;
import nl.ouderbetrokkenheid.portal.identity.PortalUser;

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
		PortalUser self = new PortalUser(subject, null, null, Set.of());
		return this.contributions.mine(subject).map(found -> {
			ContributionsApi.ContributionView view = this.views.view(found, self);
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("type", view.type());
			entry.put("title", view.title());
			entry.put("state", view.state());
			entry.put("summary", String.valueOf(view.summary()));
			entry.put("context", String.valueOf(view.context()));
			entry.put("approach", String.valueOf(view.approach()));
			entry.put("result", String.valueOf(view.result()));
			entry.put("tips", String.valueOf(view.tips()));
			entry.put("organisation", String.valueOf(view.organisation()));
			entry.put("showName", view.showName());
			entry.put("history", view.history());
			entry.put("createdAt", String.valueOf(view.createdAt()));
			return (Object) entry;
		}).collectList().map(list -> (Object) list).defaultIfEmpty(List.of());
	}

	@Override
	public Mono<Void> erase(String subject) {
		return this.contributions.erase(subject);
	}

}
