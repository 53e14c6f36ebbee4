package nl.ouderbetrokkenheid.portal.balance;

import java.time.Instant;
import java.time.LocalDate;

import lombok.Data;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.EditedDocument;
import nl.ouderbetrokkenheid.portal.system.elasticsearch.Timestamp;

import org.springframework.data.elasticsearch.annotations.DateFormat;
import org.springframework.data.elasticsearch.annotations.Document;
import org.springframework.data.elasticsearch.annotations.Field;
import org.springframework.data.elasticsearch.annotations.FieldType;
import org.springframework.data.elasticsearch.annotations.WriteTypeHint;

/**
 * One line of a team's action plan: an action on a cell, the member who owns it and the date it is due. The owner is
 * reminded by mail once, shortly before the date ({@code reminderSentAt}); a new date earns a new reminder.
 */
@Data
@Document(indexName = "#{@indexNames.alias('balance-actions')}", createIndex = false,
		writeTypeHint = WriteTypeHint.FALSE)
class ActionDocument extends EditedDocument {

	private String teamId;

	private String partnership;

	private String aspect;

	private String text;

	private String ownerSubject;

	private String ownerName;

	private String createdBy;

	@Field(type = FieldType.Date, format = DateFormat.date)
	private LocalDate due;

	private boolean done;

	@Timestamp
	private Instant reminderSentAt;

}
