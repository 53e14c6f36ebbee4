package nl.ouderbetrokkenheid.portal.system;

import java.util.Map;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import org.junit.jupiter.api.Test;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.elasticsearch.BulkFailureException;
import org.springframework.data.elasticsearch.UncategorizedElasticsearchException;
import org.springframework.data.elasticsearch.VersionConflictException;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictsTests {

	@Test
	void aLostRaceIsRecognisedByTypeAndStatusAtAnyDepth() {
		assertThat(Conflicts.isConflict(new OptimisticLockingFailureException("seq_no"))).isTrue();
		assertThat(Conflicts.isConflict(new VersionConflictException("exists"))).isTrue();
		assertThat(Conflicts.isConflict(elasticsearch(409))).isTrue();
		assertThat(Conflicts.isConflict(new UncategorizedElasticsearchException("wrapped", elasticsearch(409))))
			.isTrue();
		assertThat(Conflicts.isConflict(new BulkFailureException("bulk",
				Map.of("a", new BulkFailureException.FailureDetails(409, "version conflict")))))
			.isTrue();
	}

	@Test
	void otherFailuresAreNotConflictsWhateverTheirMessageSays() {
		assertThat(Conflicts.isConflict(elasticsearch(429))).isFalse();
		assertThat(Conflicts.isConflict(new IllegalStateException("version_conflict_engine_exception"))).isFalse();
		assertThat(Conflicts.isConflict(new IllegalStateException("document already exists"))).isFalse();
		assertThat(Conflicts.isConflict(new BulkFailureException("bulk",
				Map.of("a", new BulkFailureException.FailureDetails(409, "conflict"),
						"b", new BulkFailureException.FailureDetails(400, "mapper_parsing_exception")))))
			.isFalse();
	}

	private static ElasticsearchException elasticsearch(int status) {
		return new ElasticsearchException("index",
				ErrorResponse.of(response -> response.status(status).error(error -> error.type("some_exception").reason("x"))));
	}

}
