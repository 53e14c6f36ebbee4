/**
 * Expert contributions and the editorial workflow: experts write articles in Markdown, submit them, editors request
 * changes, reject, publish or unpublish. Every transition is recorded; every submission is kept as a version so
 * editors see what changed. Published articles join the catalogue's search as publications.
 */
package nl.ouderbetrokkenheid.portal.articles;
