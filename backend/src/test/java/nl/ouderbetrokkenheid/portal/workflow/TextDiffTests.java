package nl.ouderbetrokkenheid.portal.workflow;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTests {

	@Test
	void unchangedLinesStayAddedAndRemovedOnesShow() {
		List<TextDiff.Line> lines = TextDiff.lines("een\ntwee\ndrie", "een\ndrie\nvier");
		assertThat(lines).extracting(TextDiff.Line::kind)
			.containsExactly(TextDiff.Kind.SAME, TextDiff.Kind.REMOVED, TextDiff.Kind.SAME,
					TextDiff.Kind.ADDED);
		assertThat(lines).extracting(TextDiff.Line::text).containsExactly("een", "twee", "drie", "vier");
	}

	@Test
	void aChangedLineShowsWhichWordsChanged() {
		List<TextDiff.Line> lines = TextDiff.lines("Ouders drinken koffie.", "Ouders drinken thee op school.");
		assertThat(lines).singleElement().satisfies(line -> {
			assertThat(line.kind()).isEqualTo(TextDiff.Kind.CHANGED);
			assertThat(line.segments()).containsExactly(new TextDiff.Segment(TextDiff.Kind.SAME, "Ouders drinken "),
					new TextDiff.Segment(TextDiff.Kind.REMOVED, "koffie."),
					new TextDiff.Segment(TextDiff.Kind.ADDED, "thee op school."));
		});
	}

	@Test
	void aFirstSubmissionIsAllAdded() {
		assertThat(TextDiff.lines("", "a\nb")).extracting(TextDiff.Line::kind)
			.containsOnly(TextDiff.Kind.ADDED)
			.hasSize(2);
	}

	@Test
	void hugeRewritesFallBackWithoutBlowingUp() {
		String before = String.join("\n", java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "oud " + i).toList());
		String after = String.join("\n", java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "nieuw " + i).toList());
		List<TextDiff.Line> lines = TextDiff.lines(before, after);
		assertThat(lines).hasSize(3000).allSatisfy(line -> assertThat(line.kind()).isEqualTo(TextDiff.Kind.CHANGED));
	}

}
