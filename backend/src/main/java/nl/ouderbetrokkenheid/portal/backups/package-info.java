/**
 * Backups of the portal's indices: Elasticsearch snapshots taken on a schedule by one replica at a time, into the
 * repository the configuration names (a directory locally, any repository type in production), and the old ones
 * deleted beyond the retention. Restoring is an operator's act ({@code bin/snapshots restore}, docs/operations.md).
 */
package nl.ouderbetrokkenheid.portal.backups;
