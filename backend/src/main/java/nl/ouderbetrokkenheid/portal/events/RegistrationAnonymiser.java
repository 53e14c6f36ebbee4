package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;

import nl.ouderbetrokkenheid.portal.system.Conflicts;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Removes the personal data from a registration while keeping the document (its id, attempt and status), so the
 * seat history stays consistent and the person could register again.
 */
@Component
class RegistrationAnonymiser {

	private final RegistrationRepository registrations;

	private final Clock clock;

	RegistrationAnonymiser(RegistrationRepository registrations, Clock clock) {
		this.registrations = registrations;
		this.clock = clock;
	}

	Mono<Void> anonymise(String registrationId) {
		return Mono.defer(() -> this.registrations.findById(registrationId))
			.filter(registration -> !registration.isAnonymised())
			.flatMap(registration -> {
				registration.setSubject(null);
				registration.setName(null);
				registration.setEmail(null);
				registration.setColleagues(new ArrayList<>());
				registration.setAnswers(new LinkedHashMap<>());
				registration.setAnonymised(true);
				registration.setUpdatedAt(this.clock.instant());
				return this.registrations.save(registration);
			})
			.retryWhen(Retry.max(5).filter(Conflicts::isConflict))
			.then();
	}

}
