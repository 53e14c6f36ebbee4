package nl.ouderbetrokkenheid.portal.reactions;

/** Whether readers see a reply. */
enum ReplyState {

	/** Shown under the item. */
	VISIBLE,
	/** Someone reported it: hidden from readers (not from its author) until an editor reviews it. */
	REPORTED,
	/** An editor took it down. */
	REMOVED

}
