package nl.ouderbetrokkenheid.portal.articles;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleDiffTests {

	@Test
	void unchangedLinesStayAddedAndRemovedOnesShow() {
		List<ArticleDiff.Line> lines = ArticleDiff.lines("een\ntwee\ndrie", "een\ndrie\nvier");
		assertThat(lines).extracting(ArticleDiff.Line::kind)
			.containsExactly(ArticleDiff.Kind.SAME, ArticleDiff.Kind.REMOVED, ArticleDiff.Kind.SAME,
					ArticleDiff.Kind.ADDED);
		assertThat(lines).extracting(ArticleDiff.Line::text).containsExactly("een", "twee", "drie", "vier");
	}

	@Test
	void aChangedLineShowsWhichWordsChanged() {
		List<ArticleDiff.Line> lines = ArticleDiff.lines("Ouders drinken koffie.", "Ouders drinken thee op school.");
		assertThat(lines).singleElement().satisfies(line -> {
			assertThat(line.kind()).isEqualTo(ArticleDiff.Kind.CHANGED);
			assertThat(line.segments()).containsExactly(new ArticleDiff.Segment(ArticleDiff.Kind.SAME, "Ouders drinken "),
					new ArticleDiff.Segment(ArticleDiff.Kind.REMOVED, "koffie."),
					new ArticleDiff.Segment(ArticleDiff.Kind.ADDED, "thee op school."));
		});
	}

	@Test
	void aFirstSubmissionIsAllAdded() {
		assertThat(ArticleDiff.lines("", "a\nb")).extracting(ArticleDiff.Line::kind)
			.containsOnly(ArticleDiff.Kind.ADDED)
			.hasSize(2);
	}

	@Test
	void hugeRewritesFallBackWithoutBlowingUp() {
		String before = String.join("\n", java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "oud " + i).toList());
		String after = String.join("\n", java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "nieuw " + i).toList());
		List<ArticleDiff.Line> lines = ArticleDiff.lines(before, after);
		assertThat(lines).hasSize(3000).allSatisfy(line -> assertThat(line.kind()).isEqualTo(ArticleDiff.Kind.CHANGED));
	}

}
