package nl.ouderbetrokkenheid.portal.isop;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the ISOP label.
 *
 * @param validity how long an awarded label is valid (an ISO period or {@code 3y})
 * @param reminderLead how long before the label expires the school contact is reminded
 * @param jobInterval how often each replica looks for labels to remind about
 */
@ConfigurationProperties("portal.isop")
record IsopProperties(@DefaultValue("3y") Period validity, @DefaultValue("60d") Duration reminderLead,
		@DefaultValue("1h") Duration jobInterval) {
}
