/**
 * Readers react to a published catalogue item: "Dit heb ik gebruikt" and "Nuttig", one each per person (counts only,
 * never a list of who), and replies underneath it (a question or an experience, Markdown through the portal's
 * sanitiser). Anyone logged in may report a reply; a reported reply is hidden until an editor has reviewed it in the
 * moderation queue.
 */
package nl.ouderbetrokkenheid.portal.reactions;
