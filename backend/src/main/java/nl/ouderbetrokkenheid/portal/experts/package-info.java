/**
 * The directory of experts: the public profiles of experts who chose to be listed and hold the role now (name, photo,
 * bio, expertise tagged by partnership, aspect and sector, region, organisation), searchable with the catalogue's
 * facets, and the experts whose expertise matches a set of tags. Articles use
 * {@link nl.ouderbetrokkenheid.portal.experts.Experts} to name their authors.
 */
package nl.ouderbetrokkenheid.portal.experts;
