package nl.ouderbetrokkenheid.portal.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void foldsDiacriticsAndPunctuation() {
		assertThat(Slugs.of("Creëren van een ouderkamer: ideeën!")).isEqualTo("creeren-van-een-ouderkamer-ideeen");
	}

	@Test
	void neverEmptyAndNeverTooLong() {
		assertThat(Slugs.of("😀 !!")).isEqualTo("item");
		assertThat(Slugs.of("woord ".repeat(40))).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
	}

}
