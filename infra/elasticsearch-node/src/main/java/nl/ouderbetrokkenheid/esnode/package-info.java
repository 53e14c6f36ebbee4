/**
 * A program that runs one real Elasticsearch node from the server jars on Maven Central, for development and tests:
 * command line, node home, readiness announcement and shutdown.
 */
package nl.ouderbetrokkenheid.esnode;
