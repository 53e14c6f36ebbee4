package nl.ouderbetrokkenheid.portal.search;

import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CursorsTests {

	@Test
	void aCursorGivesBackTheSortValuesWithTheirTypes() {
		String cursor = Cursors.encode(SearchCriteria.Sort.RELEVANCE,
				List.of(FieldValue.of(3.0), FieldValue.of(1_700_000_000_000L), FieldValue.of("elk-kind-een-stem")));
		Cursors.Decoded decoded = Cursors.decode(cursor);
		assertThat(decoded.sort()).isEqualTo(SearchCriteria.Sort.RELEVANCE);
		assertThat(decoded.after()).containsExactly(3.0, 1_700_000_000_000L, "elk-kind-een-stem");
	}

	@Test
	void anythingElseIsNotACursor() {
		assertThat(Cursors.decode("not-a-cursor")).isNull();
		assertThat(Cursors.decode("eyJzb3J0IjoiWCJ9")).isNull();
		assertThat(Cursors.decode("x".repeat(3000))).isNull();
		assertThat(Cursors.decode("")).isNull();
	}

}
