package nl.ouderbetrokkenheid.portal.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;
import lombok.RequiredArgsConstructor;
import nl.ouderbetrokkenheid.portal.system.InvalidRequestException;
import nl.ouderbetrokkenheid.portal.system.Problems;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy;
import nl.ouderbetrokkenheid.portal.taxonomy.Taxonomy.Kind;

import org.springframework.stereotype.Component;

/**
 * What an event must satisfy: bean validation, the taxonomy's codes, and the rules across fields (it ends after it
 * starts, registration closes between opening and the start, a venue or a link, two options for a choice).
 */
@Component
@RequiredArgsConstructor
class EventRules {

	/** When the event takes place and when registration is open, as the request asks, in instants. */
	record Times(Instant startsAt, Instant endsAt, Instant registrationOpensAt, Instant registrationClosesAt) {
	}

	private final Validator validator;

	private final Taxonomy taxonomy;

	private final Clock clock;

	/**
	 * Bean validation and the event's own rules in one pass, so one answer names every fault. Done here rather than
	 * with {@code @Valid} on the controller, which would answer 400 before method security could answer 403.
	 * {@code event} is the event as it is now: registration that opened already stays open from then.
	 */
	Times requireValid(EventApi.EventRequest request, EventDocument event) {
		List<Problems.FieldError> errors = new ArrayList<>(Problems.fieldErrors(this.validator.validate(request)));
		Times times = (request.startsAt() != null && request.endsAt() != null) ? times(request, event) : null;
		if (times != null && !times.endsAt().isAfter(times.startsAt())) {
			errors.add(new Problems.FieldError("endsAt", Problems.Code.ENDS_BEFORE_START, "must be after the start"));
		}
		if (request.scope() == EventDocument.Scope.REGIONAL && request.province() == null) {
			errors.add(new Problems.FieldError("province", Problems.Code.REQUIRED, "a regional event needs a province"));
		}
		errors.addAll(this.taxonomy.check("province", Kind.PROVINCE, request.province()));
		if (!hasVenue(request) && !isOnline(request)) {
			errors.add(new Problems.FieldError("venue", Problems.Code.VENUE_OR_LINK,
					"give a venue, an online link, or both"));
		}
		if (times != null && !times.registrationClosesAt().isAfter(times.registrationOpensAt())) {
			errors.add(new Problems.FieldError("registrationClosesAt", Problems.Code.CLOSES_BEFORE_OPENING,
					"must be after registration opens"));
		}
		if (times != null && times.registrationClosesAt().isAfter(times.startsAt())) {
			errors.add(new Problems.FieldError("registrationClosesAt", Problems.Code.CLOSES_AFTER_START,
					"must not be after the start"));
		}
		errors.addAll(this.taxonomy.check("partnerships", Kind.PARTNERSHIP, request.partnerships()));
		errors.addAll(this.taxonomy.check("aspects", Kind.ASPECT, request.aspects()));
		errors.addAll(this.taxonomy.check("sectors", Kind.SECTOR, request.sectors()));
		List<EventApi.QuestionBody> questions = (request.questions() != null) ? request.questions() : List.of();
		for (int i = 0; i < questions.size(); i++) {
			EventApi.QuestionBody question = questions.get(i);
			int options = (question != null && question.options() != null) ? question.options().size() : 0;
			if (question != null && question.type() == EventDocument.Question.Type.CHOICE && options < 2) {
				errors.add(new Problems.FieldError("questions[" + i + "].options", Problems.Code.TOO_FEW,
						"a choice needs two or more options", 2L, null));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
		return times;
	}

	/** A public filter's region must be a province: the calendar feed also names itself after it. */
	void requireKnownRegion(String region) {
		List<Problems.FieldError> errors = this.taxonomy.check("region", Kind.PROVINCE, region);
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors);
		}
	}

	static boolean hasVenue(EventApi.EventRequest request) {
		return request.venue() != null && request.venue().name() != null && !request.venue().name().isBlank();
	}

	static boolean isOnline(EventApi.EventRequest request) {
		return request.onlineUrl() != null && !request.onlineUrl().isBlank();
	}

	private Times times(EventApi.EventRequest request, EventDocument event) {
		Instant startsAt = EventService.amsterdam(request.startsAt());
		Instant endsAt = EventService.amsterdam(request.endsAt());
		Instant opens = (request.registrationOpensAt() != null) ? EventService.amsterdam(request.registrationOpensAt())
				: (event.getRegistrationOpensAt() != null) ? event.getRegistrationOpensAt() : this.clock.instant();
		Instant closes = (request.registrationClosesAt() != null)
				? EventService.amsterdam(request.registrationClosesAt()) : startsAt;
		return new Times(startsAt, endsAt, opens, closes);
	}

}
