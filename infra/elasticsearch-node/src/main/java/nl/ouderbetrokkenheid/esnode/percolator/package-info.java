/**
 * A stand-in for the percolator module: the {@code percolator} field type, the {@code percolate} query with
 * {@code document}/{@code documents}, and {@code _percolator_document_slot} in the hits, under stock's names.
 */
package nl.ouderbetrokkenheid.esnode.percolator;
