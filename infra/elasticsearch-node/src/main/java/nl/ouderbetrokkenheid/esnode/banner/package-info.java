/**
 * The {@code GET /} banner of the distribution's rest-root module, which clients read the server version from.
 */
package nl.ouderbetrokkenheid.esnode.banner;
