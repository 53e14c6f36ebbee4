package nl.ouderbetrokkenheid.portal.articles;

import jakarta.validation.constraints.Size;

/** Markdown to show as a saved article would show it. */
record PreviewRequest(@Size(max = 100_000) String body) {
}
