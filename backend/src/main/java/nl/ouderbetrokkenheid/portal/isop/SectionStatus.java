package nl.ouderbetrokkenheid.portal.isop;

/** What the assessor found for one guideline; {@link #OPEN} until a finding is recorded. */
public enum SectionStatus {

	OPEN, MET, PARTLY_MET, NOT_MET

}
