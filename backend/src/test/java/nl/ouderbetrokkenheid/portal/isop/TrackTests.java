package nl.ouderbetrokkenheid.portal.isop;

import java.time.Instant;
import java.time.Period;
import java.util.List;

import nl.ouderbetrokkenheid.portal.system.PortalException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrackTests {

	@Test
	void aTrackRunsFromApplicationThroughReviewToADecision() {
		TrackState state = Track.after(null, Track.Action.APPLY);
		assertThat(state).isEqualTo(TrackState.DRAFT);
		assertThat(Track.after(state, Track.Action.ADD_EVIDENCE)).isEqualTo(TrackState.DRAFT);
		state = Track.after(state, Track.Action.SUBMIT);
		assertThat(state).isEqualTo(TrackState.SUBMITTED);
		state = Track.after(state, Track.Action.ASSIGN);
		assertThat(state).isEqualTo(TrackState.IN_REVIEW);
		assertThat(Track.after(state, Track.Action.PLAN_VISIT)).isEqualTo(TrackState.IN_REVIEW);
		state = Track.after(state, Track.Action.ASK_MORE);
		assertThat(state).isEqualTo(TrackState.MORE_REQUESTED);
		assertThat(Track.after(state, Track.Action.ADD_EVIDENCE)).isEqualTo(TrackState.MORE_REQUESTED);
		// Handed in again, the dossier goes straight back to its assessor.
		state = Track.after(state, Track.Action.SUBMIT);
		assertThat(state).isEqualTo(TrackState.IN_REVIEW);
		assertThat(Track.after(state, Track.Action.AWARD)).isEqualTo(TrackState.AWARDED);
		assertThat(Track.after(state, Track.Action.DECLINE)).isEqualTo(TrackState.DECLINED);
		assertThat(Track.after(TrackState.AWARDED, Track.Action.RESTART)).isEqualTo(TrackState.DRAFT);
	}

	@Test
	void theSchoolChangesWhatItSharesAndAnAssessorJoinsAtAnyStage() {
		for (TrackState state : TrackState.values()) {
			assertThat(Track.after(state, Track.Action.LINKS)).isEqualTo(state);
			assertThat(Track.after(state, Track.Action.ASSESSOR_JOINED)).isEqualTo(state);
		}
	}

	@Test
	void stepsThatDoNotFitTheStateAreConflicts() {
		assertConflict(TrackState.DRAFT, Track.Action.AWARD);
		assertConflict(TrackState.SUBMITTED, Track.Action.AWARD);
		assertConflict(TrackState.DRAFT, Track.Action.ASSIGN);
		assertConflict(TrackState.IN_REVIEW, Track.Action.ADD_EVIDENCE);
		assertConflict(TrackState.AWARDED, Track.Action.SUBMIT);
		assertConflict(TrackState.DECLINED, Track.Action.PLAN_VISIT);
		assertConflict(TrackState.MORE_REQUESTED, Track.Action.AWARD);
		assertConflict(TrackState.DRAFT, Track.Action.APPLY);
	}

	@Test
	void theLabelIsAwardedOnlyWhenEveryGuidelineIsMet() {
		List<String> guidelines = List.of("WELCOME", "VISION");
		SchoolDocument.Section welcome = new SchoolDocument.Section("WELCOME");
		SchoolDocument.Section vision = new SchoolDocument.Section("VISION");
		welcome.setStatus(SectionStatus.MET);
		vision.setStatus(SectionStatus.PARTLY_MET);
		assertThat(Track.notMet(List.of(welcome, vision), guidelines)).containsExactly("VISION");
		vision.setStatus(SectionStatus.MET);
		assertThat(Track.notMet(List.of(welcome, vision), guidelines)).isEmpty();
		assertThat(Track.notMet(List.of(welcome), guidelines)).containsExactly("VISION");
	}

	@Test
	void aLabelIsValidFromItsAwardForThePeriodOnTheSameCalendarDay() {
		Instant awarded = Instant.parse("2026-03-10T10:00:00Z");
		Instant until = Track.validUntil(awarded, Period.ofYears(3));
		assertThat(until).isEqualTo(Instant.parse("2029-03-10T10:00:00Z"));
		SchoolDocument.Label label = new SchoolDocument.Label(awarded, until, "reden", null);
		assertThat(Track.valid(label, awarded.minusSeconds(1))).isFalse();
		assertThat(Track.valid(label, awarded)).isTrue();
		assertThat(Track.valid(label, until.minusSeconds(1))).isTrue();
		assertThat(Track.valid(label, until)).isFalse();
		assertThat(Track.valid(null, awarded)).isFalse();
	}

	private static void assertConflict(TrackState from, Track.Action action) {
		assertThatThrownBy(() -> Track.after(from, action)).isInstanceOfSatisfying(PortalException.class,
				ex -> assertThat(ex.toProblem().getType().toString()).endsWith("/isop-step-not-allowed"));
	}

}
