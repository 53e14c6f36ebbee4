package nl.ouderbetrokkenheid.portal.articles;

import java.util.List;

/** What changed from submitted version {@code from} (0: nothing yet) to version {@code to}. */
record DiffView(int from, int to, List<ArticleDiff.Line> lines) {
}
