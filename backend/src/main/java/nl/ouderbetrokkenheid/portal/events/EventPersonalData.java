package nl.ouderbetrokkenheid.portal.events;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.identity.PersonalDataHolder;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * A person's registrations in their data export, and gone with their account: places are released (so the
 * waitlist moves up) and the documents anonymised in place, keeping only what the seat count needs.
 */
@Component
@RequiredArgsConstructor
class EventPersonalData implements PersonalDataHolder {

	private final RegistrationRepository registrations;

	private final SeatLedger ledger;

	private final RegistrationAnonymiser anonymiser;

	@Override
	public String section() {
		return "registrations";
	}

	@Override
	public Mono<Object> export(String subject) {
		return this.registrations.findBySubject(subject, PageRequest.of(0, 1000))
			.map(registration -> Map.of("eventId", registration.getEventId(), "status", registration.getStatus(),
					"name", String.valueOf(registration.getName()), "email", String.valueOf(registration.getEmail()),
					"colleagues", registration.getColleagues(), "answers", registration.getAnswers(), "createdAt",
					String.valueOf(registration.getCreatedAt())))
			.collectList()
			.map(list -> (Object) list)
			.defaultIfEmpty(List.of());
	}

	@Override
	public Mono<Void> erase(String subject) {
		return this.registrations.findBySubject(subject, PageRequest.of(0, 1000))
			.concatMap(registration -> this.ledger
				.submit(registration.getEventId(),
						new Ledger.Settle(registration.getId(), registration.getAttempt(), registration.getSeats()))
				.then(this.ledger.submit(registration.getEventId(),
						new Ledger.Cancel(registration.getId(), registration.getAttempt())))
				.then(this.anonymiser.anonymise(registration.getId())))
			.then();
	}

}
