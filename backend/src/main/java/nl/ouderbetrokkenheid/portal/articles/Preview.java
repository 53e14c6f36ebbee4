package nl.ouderbetrokkenheid.portal.articles;

/** The rendered and sanitised HTML of a preview. */
record Preview(String html) {
}
