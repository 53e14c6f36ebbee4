package nl.ouderbetrokkenheid.portal.workflow;

import java.util.List;

/** What changed from submitted version {@code from} (0: nothing yet) to version {@code to}. */
public record DiffView(int from, int to, List<TextDiff.Line> lines) {
}
