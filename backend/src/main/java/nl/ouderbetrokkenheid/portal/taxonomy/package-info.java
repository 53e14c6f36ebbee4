/**
 * The domain's codes: the five partnerships, six aspects and their 30 reflection questions, sectors, content types,
 * event kinds and regions. Every code a client sends is checked here.
 */
package nl.ouderbetrokkenheid.portal.taxonomy;
