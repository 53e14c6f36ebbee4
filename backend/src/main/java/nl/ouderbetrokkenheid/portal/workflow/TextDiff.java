package nl.ouderbetrokkenheid.portal.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;

/**
 * What changed between two texts, line by line (java-diff-utils' Myers diff), and word by word inside a line that was
 * changed rather than added or removed.
 */
public final class TextDiff {

	/** Beyond this many line pairs a diff costs too much; the texts then show as changed whole. */
	private static final long MAX_PAIRS = 4_000_000;

	private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");

	public enum Kind {

		SAME, ADDED, REMOVED, CHANGED

	}

	/** A line of the comparison; a CHANGED line has segments, each SAME, ADDED or REMOVED. */
	public record Line(Kind kind, String text, List<Segment> segments) {
	}

	public record Segment(Kind kind, String text) {
	}

	private TextDiff() {
	}

	public static List<Line> lines(String before, String after) {
		List<String> a = split(before);
		List<String> b = split(after);
		List<Line> lines = new ArrayList<>();
		for (AbstractDelta<String> delta : deltas(a, b)) {
			List<String> removed = delta.getSource().getLines();
			List<String> added = delta.getTarget().getLines();
			if (delta.getType() == DeltaType.EQUAL) {
				removed.forEach(text -> lines.add(new Line(Kind.SAME, text, List.of())));
				continue;
			}
			// Removed lines replaced by added ones: pair them up as changed lines, the rest stays removed or added.
			int pairs = Math.min(removed.size(), added.size());
			for (int p = 0; p < pairs; p++) {
				lines.add(new Line(Kind.CHANGED, added.get(p), words(removed.get(p), added.get(p))));
			}
			removed.subList(pairs, removed.size()).forEach(text -> lines.add(new Line(Kind.REMOVED, text, List.of())));
			added.subList(pairs, added.size()).forEach(text -> lines.add(new Line(Kind.ADDED, text, List.of())));
		}
		return lines;
	}

	/** Word-level segments of one changed line; whitespace stays attached to the words. */
	public static List<Segment> words(String before, String after) {
		List<Segment> merged = new ArrayList<>();
		for (AbstractDelta<String> delta : deltas(tokens(before), tokens(after))) {
			String removed = String.join("", delta.getSource().getLines());
			String added = String.join("", delta.getTarget().getLines());
			if (delta.getType() == DeltaType.EQUAL) {
				append(merged, Kind.SAME, removed);
			}
			else {
				append(merged, Kind.REMOVED, removed);
				append(merged, Kind.ADDED, added);
			}
		}
		return merged;
	}

	/** Every part of {@code a} and {@code b} in order, the equal ones included. */
	private static List<AbstractDelta<String>> deltas(List<String> a, List<String> b) {
		if ((long) a.size() * b.size() > MAX_PAIRS) {
			return List.of(new ChangeDelta<>(new Chunk<>(0, a), new Chunk<>(0, b)));
		}
		return DiffUtils.diff(a, b, true).getDeltas();
	}

	private static void append(List<Segment> segments, Kind kind, String text) {
		if (text.isEmpty()) {
			return;
		}
		if (!segments.isEmpty() && segments.getLast().kind() == kind) {
			segments.set(segments.size() - 1, new Segment(kind, segments.getLast().text() + text));
		}
		else {
			segments.add(new Segment(kind, text));
		}
	}

	private static List<String> split(String text) {
		return (text == null || text.isEmpty()) ? List.of() : List.of(text.split("\n", -1));
	}

	/** Words with the whitespace after them, so joining the tokens gives back the line. */
	private static List<String> tokens(String line) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(line);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

}
