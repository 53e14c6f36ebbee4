/**
 * Stand-ins for the analysis components of the distribution's analysis-common module, which is not published, under the
 * same names and settings so index definitions stay portable to a stock cluster.
 */
package nl.ouderbetrokkenheid.esnode.analysis;
