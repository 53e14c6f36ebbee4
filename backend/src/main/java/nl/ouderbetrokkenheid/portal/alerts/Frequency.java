package nl.ouderbetrokkenheid.portal.alerts;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** How often a member hears about a saved search's new matches. */
enum Frequency {

	DAILY, WEEKLY, NONE;

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	/** Digests go out in the morning, Dutch time: weekly ones on Monday. */
	static final int DIGEST_HOUR = 7;

	/** The next digest moment after {@code after}, or null for {@link #NONE}. */
	Instant nextDigestAfter(Instant after) {
		if (this == NONE) {
			return null;
		}
		ZonedDateTime now = after.atZone(AMSTERDAM);
		ZonedDateTime slot = now.toLocalDate().atTime(DIGEST_HOUR, 0).atZone(AMSTERDAM);
		if (!slot.isAfter(now)) {
			slot = slot.plusDays(1);
		}
		while (this == WEEKLY && slot.getDayOfWeek() != DayOfWeek.MONDAY) {
			slot = slot.plusDays(1);
		}
		return slot.toInstant();
	}

	/** The frequency a client named, or null if it names none. */
	static Frequency parse(String value) {
		for (Frequency frequency : values()) {
			if (frequency.name().equalsIgnoreCase(value)) {
				return frequency;
			}
		}
		return null;
	}

}
