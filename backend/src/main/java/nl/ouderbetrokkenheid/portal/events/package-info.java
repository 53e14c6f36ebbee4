/**
 * Events: organisers publish meetings, members register (with colleagues and the organiser's questions), seats are
 * handed out exactly once through a per-event ledger with optimistic concurrency (see docs/events-concurrency.md),
 * full events keep a first-come-first-served waitlist, and everyone hears about it by mail with a calendar file.
 */
package nl.ouderbetrokkenheid.portal.events;
