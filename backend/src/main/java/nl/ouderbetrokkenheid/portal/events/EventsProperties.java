package nl.ouderbetrokkenheid.portal.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the events feature.
 *
 * @param anonymiseAfterMonths registrants' personal data is anonymised this many months after an event ends
 * @param reminderLead how long before the start the reminder mail goes out
 * @param jobInterval how often each replica looks for reminders, anonymisation and unfinished registrations
 */
@ConfigurationProperties("portal.events")
record EventsProperties(@DefaultValue("12") int anonymiseAfterMonths, @DefaultValue("2d") Duration reminderLead,
		@DefaultValue("1m") Duration jobInterval) {
}
