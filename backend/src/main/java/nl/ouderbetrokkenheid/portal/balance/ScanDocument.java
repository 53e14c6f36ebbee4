package nl.ouderbetrokkenheid.portal.balance;

import java.util.ArrayList;
import java.util.List;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.EditedDocument;

import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * One person's answers: a personal scan they saved ({@code teamId} null), or their response to a team's round (id
 * derived from team, round and person, so each colleague has one per round).
 */
@Data
@Document(indexName = "#{@indexNames.alias('balance-scans')}", createIndex = false,
		writeTypeHint = WriteTypeHint.FALSE)
class ScanDocument extends EditedDocument {

	private String subject;

	private String teamId;

	private int round;

	private String sector;

	private String region;

	private List<Answer> answers = new ArrayList<>();

	@Data
	static class Answer {

		private String partnership;

		private String aspect;

		private Level level;

		private String note;

	}

}
