package nl.ouderbetrokkenheid.portal.experts;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PersonalDataHolder;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * An expert's public profile is personal data too: in their export, and gone with their account.
 */
@Component
@RequiredArgsConstructor
class ExpertPersonalData implements PersonalDataHolder {

	private final ExpertService experts;

	private final ExpertsMapper mapper;

	@Override
	public String section() {
		return "expertProfile";
	}

	@Override
	public Mono<Object> export(String subject) {
		return this.experts.bySubject(subject).map(expert -> (Object) this.mapper.toView(expert))
			.defaultIfEmpty(Map.of());
	}

	@Override
	public Mono<Void> erase(String subject) {
		return this.experts.delete(subject);
	}

}
