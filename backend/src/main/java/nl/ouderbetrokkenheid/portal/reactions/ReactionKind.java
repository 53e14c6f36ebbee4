package nl.ouderbetrokkenheid.portal.reactions;

import java.util.Locale;

/** What a reader says about an item: they used it ("Dit heb ik gebruikt"), or found it useful ("Nuttig"). */
enum ReactionKind {

	USED, USEFUL;

	/** The kind a path names ({@code used}, {@code useful}), or null. */
	static ReactionKind parse(String value) {
		for (ReactionKind kind : values()) {
			if (kind.name().equals(value.toUpperCase(Locale.ROOT))) {
				return kind;
			}
		}
		return null;
	}

}
