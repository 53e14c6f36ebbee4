package nl.ouderbetrokkenheid.portal.experts;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.taxonomy.ModelRules;

import org.springframework.stereotype.Component;

/**
 * What an expert's profile must satisfy: bean validation plus the taxonomy's codes ({@link ModelRules}).
 */
@Component
@RequiredArgsConstructor
class ExpertRules {

	private final ModelRules model;

	void requireValid(ExpertInput input) {
		this.model.requireValid(input);
	}

}
