/**
 * Delete-by-query, which the distribution's reindex module provides and which is not published: the server's synonyms API
 * deletes a set's old rules with it, and clients use it to empty an index.
 */
package nl.ouderbetrokkenheid.esnode.reindex;
