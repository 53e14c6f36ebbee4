package nl.ouderbetrokkenheid.portal.articles;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two texts, line by line (longest common subsequence), and word by word inside a line that
 * was changed rather than added or removed.
 */
final class ArticleDiff {

	/** Beyond this many cells the table costs too much; the changed middle then shows as removed and added whole. */
	private static final long MAX_CELLS = 4_000_000;

	enum Kind {

		SAME, ADDED, REMOVED, CHANGED

	}

	/** A line of the comparison; a CHANGED line has segments, each SAME, ADDED or REMOVED. */
	record Line(Kind kind, String text, List<Segment> segments) {
	}

	record Segment(Kind kind, String text) {
	}

	private ArticleDiff() {
	}

	static List<Line> lines(String before, String after) {
		List<Segment> ops = diff(split(before, "\n"), split(after, "\n"));
		List<Line> lines = new ArrayList<>();
		int i = 0;
		while (i < ops.size()) {
			Segment op = ops.get(i);
			if (op.kind() == Kind.SAME) {
				lines.add(new Line(Kind.SAME, op.text(), List.of()));
				i++;
				continue;
			}
			// A block of removed lines followed by a block of added ones: pair them up as changed lines.
			List<String> removed = new ArrayList<>();
			List<String> added = new ArrayList<>();
			while (i < ops.size() && ops.get(i).kind() == Kind.REMOVED) {
				removed.add(ops.get(i++).text());
			}
			while (i < ops.size() && ops.get(i).kind() == Kind.ADDED) {
				added.add(ops.get(i++).text());
			}
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
	static List<Segment> words(String before, String after) {
		List<Segment> merged = new ArrayList<>();
		for (Segment segment : diff(tokens(before), tokens(after))) {
			if (!merged.isEmpty() && merged.getLast().kind() == segment.kind()) {
				merged.set(merged.size() - 1, new Segment(segment.kind(), merged.getLast().text() + segment.text()));
			}
			else {
				merged.add(segment);
			}
		}
		return merged;
	}

	/** The edit script turning {@code a} into {@code b}: SAME, REMOVED and ADDED elements in order. */
	static List<Segment> diff(List<String> a, List<String> b) {
		int start = 0;
		while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
			start++;
		}
		int endA = a.size();
		int endB = b.size();
		while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
			endA--;
			endB--;
		}
		List<Segment> script = new ArrayList<>();
		a.subList(0, start).forEach(text -> script.add(new Segment(Kind.SAME, text)));
		List<String> midA = a.subList(start, endA);
		List<String> midB = b.subList(start, endB);
		if ((long) midA.size() * midB.size() > MAX_CELLS) {
			midA.forEach(text -> script.add(new Segment(Kind.REMOVED, text)));
			midB.forEach(text -> script.add(new Segment(Kind.ADDED, text)));
		}
		else {
			script.addAll(lcs(midA, midB));
		}
		a.subList(endA, a.size()).forEach(text -> script.add(new Segment(Kind.SAME, text)));
		return script;
	}

	private static List<Segment> lcs(List<String> a, List<String> b) {
		int n = a.size();
		int m = b.size();
		int[][] length = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1
						: Math.max(length[i + 1][j], length[i][j + 1]);
			}
		}
		List<Segment> script = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (a.get(i).equals(b.get(j))) {
				script.add(new Segment(Kind.SAME, a.get(i)));
				i++;
				j++;
			}
			else if (length[i + 1][j] >= length[i][j + 1]) {
				script.add(new Segment(Kind.REMOVED, a.get(i++)));
			}
			else {
				script.add(new Segment(Kind.ADDED, b.get(j++)));
			}
		}
		while (i < n) {
			script.add(new Segment(Kind.REMOVED, a.get(i++)));
		}
		while (j < m) {
			script.add(new Segment(Kind.ADDED, b.get(j++)));
		}
		return script;
	}

	private static List<String> split(String text, String separator) {
		return (text == null || text.isEmpty()) ? List.of() : List.of(text.split(separator, -1));
	}

	/** Words with the whitespace after them, so joining the tokens gives back the line. */
	private static List<String> tokens(String line) {
		List<String> tokens = new ArrayList<>();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\S+\\s*|\\s+").matcher(line);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

}
