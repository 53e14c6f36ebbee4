/**
 * Elasticsearch indices as versioned definitions behind aliases: created at start-up, rolled forward by copying
 * into a new index and switching the alias, so a mapping change never needs a manual migration.
 */
package nl.ouderbetrokkenheid.portal.system.elasticsearch;
