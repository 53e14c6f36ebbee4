package nl.ouderbetrokkenheid.portal.system;

import java.util.List;

/**
 * How deep page numbers may go: Elasticsearch refuses {@code from + size} beyond {@code index.max_result_window}
 * (10,000, the default every index keeps), which would surface as a 500. A paged endpoint checks its parameters first.
 */
public final class ResultWindow {

	public static final int MAX = 10_000;

	private ResultWindow() {
	}

	/**
	 * Adds an error naming {@code page} when page {@code page} of {@code size} ends beyond the window; its
	 * {@code max} is the last page that does not.
	 */
	public static void check(List<Problems.FieldError> errors, int page, int size) {
		if ((long) (page + 1) * size > MAX) {
			errors.add(new Problems.FieldError("page", Problems.Code.OUT_OF_RANGE,
					"goes beyond the first " + MAX + " results; narrow the search", 0L, (long) (MAX / size) - 1));
		}
	}

}
