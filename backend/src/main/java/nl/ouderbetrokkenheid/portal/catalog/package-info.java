/**
 * The catalogue's content: practice examples, tips and tools, and publications. Editors create, edit, publish and
 * import items; everyone reads published ones. Finding items is the search feature's job.
 */
package nl.ouderbetrokkenheid.portal.catalog;
