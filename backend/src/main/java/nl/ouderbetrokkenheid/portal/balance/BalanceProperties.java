package nl.ouderbetrokkenheid.portal.balance;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the balance scan.
 *
 * @param reminderLeadDays an action's owner is reminded this many days before its date
 * @param jobInterval how often each replica looks for reminders to send
 */
@ConfigurationProperties("portal.balance")
record BalanceProperties(@DefaultValue("3") int reminderLeadDays, @DefaultValue("1m") Duration jobInterval) {
}
