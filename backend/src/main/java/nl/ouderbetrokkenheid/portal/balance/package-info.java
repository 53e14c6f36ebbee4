/**
 * The balance self-scan (Balansscan): a person or a team scores its practice on the 30 questions of the model of
 * five partnerships, sees the balance, the weakest cells with recommendations from the catalogue, the spread within a
 * team and the change since the last round, and keeps an action plan with reminders.
 */
package nl.ouderbetrokkenheid.portal.balance;
