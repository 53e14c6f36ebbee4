package nl.ouderbetrokkenheid.portal.isop;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.ouderbetrokkenheid.portal.system.PortalException;

import org.springframework.http.HttpStatus;

/**
 * The track's state machine and the label's validity: which step may follow which, and what it leads to. Pure rules,
 * no I/O, so they are tested on their own.
 */
final class Track {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	/** The steps of a track, each recorded in the dossier's history under its name. */
	enum Action {

		APPLY, SUBMIT, ASSIGN, PLAN_VISIT, RECORD_FINDING, ADD_EVIDENCE, REMOVE_EVIDENCE, ASK_MORE, AWARD, DECLINE,
		RESTART, CONSENT_GIVEN, CONSENT_WITHDRAWN, LINKS, ASSESSOR_JOINED;

		String key() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		/** The action with this {@link #key()}, as a path names it. */
		static Action of(String key) {
			return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
		}

	}

	private Track() {
	}

	/** The state after the step; a 409 problem when the step does not fit the state. */
	static TrackState after(TrackState from, Action action) {
		TrackState to = switch (action) {
			case APPLY -> (from == null) ? TrackState.DRAFT : null;
			case SUBMIT -> switch (from) {
				case DRAFT -> TrackState.SUBMITTED;
				// The assessor stays assigned: the dossier goes straight back to them.
				case MORE_REQUESTED -> TrackState.IN_REVIEW;
				default -> null;
			};
			case ASSIGN -> switch (from) {
				case SUBMITTED, IN_REVIEW -> TrackState.IN_REVIEW;
				case MORE_REQUESTED -> TrackState.MORE_REQUESTED;
				default -> null;
			};
			case PLAN_VISIT, RECORD_FINDING -> (from == TrackState.IN_REVIEW || from == TrackState.MORE_REQUESTED) ? from
					: null;
			case ADD_EVIDENCE, REMOVE_EVIDENCE -> from.openToSchool() ? from : null;
			case ASK_MORE -> (from == TrackState.IN_REVIEW) ? TrackState.MORE_REQUESTED : null;
			case AWARD -> (from == TrackState.IN_REVIEW) ? TrackState.AWARDED : null;
			case DECLINE -> (from == TrackState.IN_REVIEW) ? TrackState.DECLINED : null;
			case RESTART -> (from == TrackState.AWARDED || from == TrackState.DECLINED) ? TrackState.DRAFT : null;
			// Consent is the school's to give or withdraw at any stage; so is what it shares on its public page, which
			// matters most once the label is awarded (events come and go).
			case CONSENT_GIVEN, CONSENT_WITHDRAWN, LINKS -> from;
			// An assessor assigned by address logs in: the dossier becomes theirs, wherever the track stands.
			case ASSESSOR_JOINED -> from;
		};
		if (to == null) {
			throw new PortalException(HttpStatus.CONFLICT, "isop-step-not-allowed", "Step not allowed now",
					"A track in state " + from + " does not allow the step " + action.key() + ".");
		}
		return to;
	}

	/** The guidelines whose finding is not (yet) "met": the label is awarded only when there are none. */
	static List<String> notMet(List<SchoolDocument.Section> sections, List<String> guidelines) {
		return guidelines.stream().filter(guideline -> sections.stream()
			.noneMatch(section -> section.getGuideline().equals(guideline) && section.getStatus() == SectionStatus.MET))
			.toList();
	}

	/** When a label awarded at this moment stops being valid: the same calendar day, the period later. */
	static Instant validUntil(Instant awardedAt, Period validity) {
		return awardedAt.atZone(AMSTERDAM).plus(validity).toInstant();
	}

	/** Whether the label is in force at this moment (and so in the register). */
	static boolean valid(SchoolDocument.Label label, Instant now) {
		return label != null && label.getValidUntil() != null && !label.getAwardedAt().isAfter(now)
				&& label.getValidUntil().isAfter(now);
	}

	/** Names the public register never gives a school: they are the app's own addresses. */
	static final Set<String> RESERVED_SLUGS = Set.of("aanmelden", "dossiers", "kaart");

}
