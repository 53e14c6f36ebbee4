package nl.ouderbetrokkenheid.portal.identity;

import reactor.core.publisher.Mono;

/**
 * A feature that keeps personal data. Each one takes part when a person downloads their data or deletes their
 * account, so a new feature cannot forget either.
 */
public interface PersonalDataHolder {

	/** The section name in the export, e.g. {@code registrations}. */
	String section();

	/** Everything this feature holds about the person, as JSON-ready data. */
	Mono<Object> export(String subject);

	/** Removes or anonymises everything this feature holds about the person. */
	Mono<Void> erase(String subject);

}
