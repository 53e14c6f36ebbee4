package nl.ouderbetrokkenheid.portal.system;

/**
 * Text for iCalendar properties, shared by every feature that writes .ics files (events, ISOP visits). ical4j escapes
 * neither a lone CR nor the rest of C0 and C1, so a CR in a description would end the line early and let the rest of
 * it be read as a property of its own.
 */
public final class CalendarText {

	private CalendarText() {
	}

	/** Text for a property that may hold line breaks (written escaped, as {@code \n}); other control characters go. */
	public static String text(String value) {
		String lines = value.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder clean = new StringBuilder(lines.length());
		lines.codePoints()
			.filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
			.forEach(clean::appendCodePoint);
		return clean.toString();
	}

	/** Text for a one-line property (a title, a place): line breaks become spaces, other control characters go. */
	public static String line(String value) {
		return text(value).replace('\n', ' ');
	}

}
