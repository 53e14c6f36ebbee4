package nl.ouderbetrokkenheid.portal.balance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.annotation.Id;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;
import org.springframework.data.elasticsearch.core.query.SeqNoPrimaryTerm;

/**
 * One person's answers: a personal scan they saved ({@code teamId} null), or their response to a team's round (id
 * derived from team, round and person, so each colleague has one per round).
 */
@Data
@Document(indexName = "#{@indexNames.alias('balance-scans')}", createIndex = false,
		writeTypeHint = WriteTypeHint.FALSE)
class ScanDocument {

	@Id
	private String id;

	private String subject;

	private String teamId;

	private int round;

	private String sector;

	private String region;

	private List<Answer> answers = new ArrayList<>();

	@Timestamp
	private Instant createdAt;

	@Timestamp
	private Instant updatedAt;

	private SeqNoPrimaryTerm seqNoPrimaryTerm;

	@Data
	static class Answer {

		private String partnership;

		private String aspect;

		private Level level;

		private String note;

	}

}
