/**
 * Finding catalogue items in Dutch: full-text search with stemming, folded diacritics, editable synonyms and typo
 * tolerance; facets that count correctly under multi-selection; suggestions; related items; the 5x6 model's counts;
 * and the list of searches that found nothing.
 */
package nl.ouderbetrokkenheid.portal.search;
