/**
 * Cross-cutting concerns: RFC 9457 problem details, request limits, the single-page app's hosting, the status
 * endpoint and the Elasticsearch index lifecycle.
 */
package nl.ouderbetrokkenheid.portal.system;
