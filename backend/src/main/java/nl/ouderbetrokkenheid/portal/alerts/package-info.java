/**
 * Following what matters: members save a catalogue search (text and filters), newly published items and events are
 * matched against every saved search at once by Elasticsearch's percolator, and each member gets the matches in a
 * daily or weekly digest mail with a one-click unsubscribe link. Publishing only queues the new document
 * ({@link nl.ouderbetrokkenheid.portal.alerts.NewPublications}); matching and mail happen in background jobs.
 */
package nl.ouderbetrokkenheid.portal.alerts;
