package nl.ouderbetrokkenheid.portal.balance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.EditedDocument;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * A team scanning its practice together: its members (the owner first) and its rounds (the last is the current).
 * The invite token is the secret of the invite link, shown to the owner only.
 */
@Data
@Document(indexName = "#{@indexNames.alias('balance-teams')}", createIndex = false,
		writeTypeHint = WriteTypeHint.FALSE)
class TeamDocument extends EditedDocument {

	private String name;

	private String sector;

	private String region;

	private String ownerSubject;

	private String inviteToken;

	private List<Member> members = new ArrayList<>();

	private List<Round> rounds = new ArrayList<>();

	@Data
	static class Member {

		private String subject;

		private String name;

		@Timestamp
		private Instant joinedAt;

	}

	@Data
	static class Round {

		private int number;

		@Timestamp
		private Instant startedAt;

	}

	int currentRound() {
		return this.rounds.isEmpty() ? 1 : this.rounds.getLast().getNumber();
	}

	boolean hasMember(String subject) {
		return subject != null && this.members.stream().anyMatch(member -> subject.equals(member.getSubject()));
	}

}
