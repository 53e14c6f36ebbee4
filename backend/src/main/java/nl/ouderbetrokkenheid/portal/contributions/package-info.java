/**
 * Members share their own practice examples and tools: any logged-in member writes one along the catalogue's fields
 * and the model, with a section each for context, approach, result and tips, attaches files, and submits it into the
 * editorial workflow that articles use ({@code workflow}). Published, it becomes a catalogue item (so search, feeds
 * and saved-search digests find it), naming the contributor and their organisation only if they agreed. Contributors
 * see how often each published contribution is viewed and saved into collections, as counts only.
 */
package nl.ouderbetrokkenheid.portal.contributions;
