package nl.ouderbetrokkenheid.portal.isop;

/**
 * Where a school's track stands. An expired label is no state of its own: it is an awarded track whose label's
 * validity has ended, which the register sees by the clock.
 */
public enum TrackState {

	/** The school collects evidence. */
	DRAFT,
	/** The school handed the dossier in; waiting for an assessor. */
	SUBMITTED,
	/** An assessor is assigned and assesses. */
	IN_REVIEW,
	/** The assessor asked for more evidence; the school may add to the dossier and hand it in again. */
	MORE_REQUESTED,
	/** The label was awarded. */
	AWARDED,
	/** The label was declined. */
	DECLINED;

	/** The school may add and remove evidence. */
	boolean openToSchool() {
		return this == DRAFT || this == MORE_REQUESTED;
	}

	/** The assigned assessor may visit, record findings and decide. */
	boolean underAssessment() {
		return this == IN_REVIEW;
	}

}
