package nl.ouderbetrokkenheid.portal.catalog;

/**
 * Someone opened an item's page (its API read by slug). Features that count views for the people who wrote an item
 * listen; the catalogue itself keeps no count.
 */
public record ItemViewed(String itemId, boolean published) {
}
