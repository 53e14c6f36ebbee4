package nl.ouderbetrokkenheid.portal.isop;

/** What a piece of evidence in a dossier section is. */
public enum EvidenceKind {

	/** An uploaded document (vision, plan, ...); its file belongs to the files feature. */
	DOCUMENT,
	/** A link to something online. */
	LINK,
	/** Notes of a school visit. */
	VISIT_NOTE,
	/** Notes of a conversation (with parents, the team, the board). */
	CONVERSATION_NOTE,
	/** Notes of a team meeting. */
	TEAM_MEETING_NOTE;

	boolean isNote() {
		return this == VISIT_NOTE || this == CONVERSATION_NOTE || this == TEAM_MEETING_NOTE;
	}

}
